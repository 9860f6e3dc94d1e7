package shop.dozo.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static shop.dozo.review.Reviews.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.DemoShopSeeder;
import shop.dozo.review.contract.ContractServersResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/**
 * How the launcher seeds demo/shop.json's reviews: each one sent as it is, plus an externalId, to
 * POST /api/staff/reviews. They are approved at once, and seeding again changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(ContractServersResource.class)
class DemoSeedingTest {

    @Test
    void theDemoReviewsAreSeededApprovedAndReseedingNeverDuplicates() throws Exception {
        JsonNode reviews = new ObjectMapper().readTree(DemoShopSeeder.demoFile().toFile()).path("reviews");
        seed(reviews, 201);
        seed(reviews, 200);

        given().queryParam("sku", "CP-SET-TRIAL").get("/api/reviews").then().statusCode(200)
                .body("total", equalTo(2)).body("items.nickname", contains("K.S", "みどり"))
                .body("items.title", hasItem("もっと早く使えばよかった"));
        given().queryParam("sku", "CP-SET-TRIAL").get("/api/reviews/summary").then()
                .body("count", equalTo(2)).body("average", equalTo(4.5f));
        given().queryParam("sku", "CP-SET-TRIAL", "CP-REG-01", "FT-COFFEE-200", "EG-WRAP-3", "FR-VEG-S")
                .get("/api/reviews/summaries").then().statusCode(200)
                .body("count", contains(2, 1, 1, 1, 1)).body("average", contains(4.5f, 5.0f, 5.0f, 4.0f, 5.0f));
        staff().queryParam("sku", "CP-SET-TRIAL").get("/api/staff/reviews").then()
                .body("items.externalId", contains("demo-review-2", "demo-review-1"))
                .body("items.status", contains("approved", "approved"));
    }

    @Test
    void reseedingAnswersTheStoredReviewEvenWhenTheTextChanged() {
        Map<String, Object> first = Map.of("externalId", "legacy-42", "sku", "EG-BAG-01", "rating", 4,
                "title", "丈夫", "body", "毎日の買い物に使っています。", "nickname", "さくら");
        var created = staff().body(first).post("/api/staff/reviews").then().statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/api/staff/reviews/" + id));
        Map<String, Object> changed = new java.util.HashMap<>(first);
        changed.put("rating", 1);
        staff().body(changed).post("/api/staff/reviews").then().statusCode(200)
                .body("id", equalTo((int) id)).body("rating", equalTo(4));
        staff().get("/api/staff/reviews/" + id + "/history").then()
                .body("action", contains("imported")).body("toStatus", contains("approved"));
    }

    @Test
    void importsAreCheckedLikePosts() {
        staff().body(Map.of("externalId", "legacy-x1", "sku", "NO-SUCH-SKU", "rating", 4, "title", "t",
                "body", "本文です。", "nickname", "n")).post("/api/staff/reviews").then().statusCode(422)
                .body("errors.field", contains("sku"));
        staff().body(Map.of("externalId", "has space", "sku", "EG-BAG-01", "rating", 9, "title", "t",
                "body", "本文です。", "nickname", "n", "status", "rejected")).post("/api/staff/reviews").then()
                .statusCode(400).body("errors.field", contains("externalId", "rating", "status"));
        staff().body(Map.of("externalId", "legacy-x2", "sku", "EG-BAG-01", "rating", 4, "title", "t",
                "body", "本文です。", "nickname", "n", "status", "pending")).post("/api/staff/reviews").then()
                .statusCode(201).body("status", equalTo("pending"));
    }

    private static void seed(JsonNode reviews, int expectedStatus) {
        int n = 0;
        for (JsonNode review : reviews) {
            ObjectNode body = review.deepCopy();
            body.put("externalId", "demo-review-" + ++n);
            staff().body(body.toString()).post("/api/staff/reviews").then().statusCode(expectedStatus)
                    .body("status", equalTo("approved"));
        }
    }
}
