package shop.dozo.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.dozo.review.Reviews.newProduct;
import static shop.dozo.review.Reviews.review;
import static shop.dozo.review.Reviews.staff;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import shop.dozo.review.contract.ContractServersResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/** The aggregate stays right while many shoppers post and several moderators work at the same time. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(ContractServersResource.class)
class RatingConcurrencyTest {
    private static final int REVIEWS = 30;

    @Test
    void parallelPostsApprovalsAndRejectionsLeaveACorrectAggregate() throws Exception {
        String sku = newProduct("PAR");
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < REVIEWS; i++) {
            int rating = i % 5 + 1;
            posts.add(() -> Reviews.post(review(sku, rating)).extract().statusCode());
        }
        assertEquals(Collections.nCopies(REVIEWS, 202), runInParallel(posts));

        List<Map<String, Object>> pending = staff().queryParam("sku", sku).queryParam("size", 100)
                .get("/api/staff/reviews").then().statusCode(200).body("total", equalTo(REVIEWS))
                .extract().jsonPath().getList("items");
        long[] expected = new long[6];
        List<Callable<Integer>> moderation = new ArrayList<>();
        List<Integer> expectedCodes = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            long id = ((Number) pending.get(i).get("id")).longValue();
            int rating = (Integer) pending.get(i).get("rating");
            if (i % 3 == 2) {
                moderation.add(() -> Reviews.reject(id, "重複").extract().statusCode());
                expectedCodes.add(200);
            } else {
                expected[rating]++;
                // Two moderators approve the same review at once: it must count once.
                moderation.add(() -> Reviews.approve(id).extract().statusCode());
                moderation.add(() -> Reviews.approve(id).extract().statusCode());
                expectedCodes.addAll(List.of(200, 200));
            }
        }
        // More shoppers post while moderation runs; their reviews stay pending and out of the aggregate.
        for (int i = 0; i < 6; i++) {
            moderation.add(() -> Reviews.post(review(sku, 1)).extract().statusCode());
            expectedCodes.add(202);
        }
        assertEquals(expectedCodes, runInParallel(moderation));

        long count = 0;
        long sum = 0;
        for (int stars = 1; stars <= 5; stars++) {
            count += expected[stars];
            sum += stars * expected[stars];
        }
        float average = Math.round(sum * 10f / count) / 10f;
        given().queryParam("sku", sku).get("/api/reviews/summary").then().statusCode(200)
                .body("count", equalTo((int) count)).body("average", equalTo(average))
                .body("distribution", equalTo(Map.of("1", (int) expected[1], "2", (int) expected[2],
                        "3", (int) expected[3], "4", (int) expected[4], "5", (int) expected[5])));
        given().queryParam("sku", sku).queryParam("size", 50).get("/api/reviews").then()
                .body("total", equalTo((int) count));

        long twiceApproved = ((Number) pending.get(0).get("id")).longValue();
        List<String> actions = staff().get("/api/staff/reviews/" + twiceApproved + "/history").then()
                .extract().jsonPath().getList("action", String.class);
        assertEquals(List.of("submitted", "approved"), actions);
    }

    @Test
    void eightModeratorsApprovingOneReviewWriteOneHistoryLine() throws Exception {
        String sku = newProduct("PAR");
        Reviews.post(review(sku, 4)).statusCode(202);
        long id = Reviews.idOf(sku);
        List<Callable<Integer>> approvals = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            approvals.add(() -> Reviews.approve(id).extract().statusCode());
        }
        assertEquals(Collections.nCopies(8, 200), runInParallel(approvals));
        assertEquals(List.of("submitted", "approved"), staff().get("/api/staff/reviews/" + id + "/history").then()
                .extract().jsonPath().getList("action", String.class));
        given().queryParam("sku", sku).get("/api/reviews/summary").then().body("count", equalTo(1));
    }

    private static List<Integer> runInParallel(List<Callable<Integer>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> future : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
