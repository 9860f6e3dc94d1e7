package shop.dozo.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.dozo.review.Reviews.newProduct;
import static shop.dozo.review.Reviews.staff;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.dozo.review.contract.ContractServersResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(ContractServersResource.class)
class PublicListingTest {
    private String sku;

    /** Five approved reviews with known dates, ratings and verification; names say which is which. */
    @BeforeEach
    void fiveReviews() {
        sku = newProduct("LIST");
        imported("a-3-old", 3, false, "2026-06-01T10:00:00Z");
        imported("b-5-verified", 5, true, "2026-06-02T10:00:00Z");
        imported("c-1", 1, false, "2026-06-03T10:00:00Z");
        imported("d-5", 5, false, "2026-06-04T10:00:00Z");
        imported("e-2-verified", 2, true, "2026-06-05T10:00:00Z");
        // A pending review must not show anywhere.
        Reviews.post(Reviews.review(sku, 5)).statusCode(202);
    }

    @Test
    void newestFirstByDefault() {
        assertEquals(List.of("e-2-verified", "d-5", "c-1", "b-5-verified", "a-3-old"), nicknames(null));
        assertEquals(List.of("e-2-verified", "d-5", "c-1", "b-5-verified", "a-3-old"), nicknames("newest"));
    }

    @Test
    void highestAndLowestBreakTiesByNewest() {
        assertEquals(List.of("d-5", "b-5-verified", "a-3-old", "e-2-verified", "c-1"), nicknames("highest"));
        assertEquals(List.of("c-1", "e-2-verified", "a-3-old", "d-5", "b-5-verified"), nicknames("lowest"));
    }

    @Test
    void verifiedPurchasesFirstThenNewest() {
        assertEquals(List.of("e-2-verified", "b-5-verified", "d-5", "c-1", "a-3-old"), nicknames("verified"));
    }

    @Test
    void pagesFollowTheOrderWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            List<String> names = given().queryParam("sku", sku).queryParam("sort", "highest")
                    .queryParam("page", page).queryParam("size", 2).get("/api/reviews").then().statusCode(200)
                    .body("total", equalTo(5)).body("page", equalTo(page)).body("size", equalTo(2))
                    .extract().jsonPath().getList("items.nickname", String.class);
            seen.addAll(names);
        }
        assertEquals(nicknames("highest"), seen);
        given().queryParam("sku", sku).queryParam("page", 3).queryParam("size", 2).get("/api/reviews").then()
                .body("total", equalTo(5)).body("items", hasSize(0));
    }

    @Test
    void summaryCountsAverageAndDistribution() {
        // (3 + 5 + 1 + 5 + 2) / 5 = 3.2
        given().queryParam("sku", sku).get("/api/reviews/summary").then().statusCode(200)
                .body("count", equalTo(5)).body("average", equalTo(3.2f))
                .body("distribution", equalTo(Map.of("1", 1, "2", 1, "3", 1, "4", 0, "5", 2)));
    }

    @Test
    void summariesForAListingAnswerEverySkuOnceInTheOrderAsked() {
        String empty = newProduct("LIST");
        given().queryParam("sku", empty, sku, empty, "NEVER-SOLD").get("/api/reviews/summaries").then()
                .statusCode(200).body("sku", contains(empty, sku, "NEVER-SOLD"))
                .body("count", contains(0, 5, 0)).body("average", contains(null, 3.2f, null))
                .body("[0].distribution", equalTo(Map.of("1", 0, "2", 0, "3", 0, "4", 0, "5", 0)));
        given().queryParam("sku", "bad sku").get("/api/reviews/summaries").then().statusCode(400)
                .body("errors.field", contains("sku"));
        given().queryParam("sku", java.util.Collections.nCopies(101, "X").toArray())
                .get("/api/reviews/summaries").then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void aReviewOfAnotherProductIsNotListed() {
        given().queryParam("sku", newProduct("LIST")).get("/api/reviews").then()
                .body("total", equalTo(0)).body("items", hasSize(0));
        given().queryParam("sku", newProduct("LIST")).get("/api/reviews/summary").then()
                .body("average", nullValue());
    }

    private List<String> nicknames(String sort) {
        var request = given().queryParam("sku", sku);
        if (sort != null) {
            request.queryParam("sort", sort);
        }
        return request.get("/api/reviews").then().statusCode(200).body("total", equalTo(5))
                .extract().jsonPath().getList("items.nickname", String.class);
    }

    private void imported(String nickname, int rating, boolean verified, String createdAt) {
        staff().body(Map.of("externalId", sku + "-" + nickname, "sku", sku, "rating", rating,
                "title", "タイトル", "body", "本文 " + nickname, "nickname", nickname,
                "verifiedPurchase", verified, "createdAt", createdAt))
                .post("/api/staff/reviews").then().statusCode(201);
    }
}
