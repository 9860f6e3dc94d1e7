package shop.dozo.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.review.Reviews.newProduct;
import static shop.dozo.review.Reviews.post;
import static shop.dozo.review.Reviews.review;
import static shop.dozo.review.Reviews.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.review.contract.ContractServersResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

/** Export, then import the same NDJSON (what `dozo export` / `dozo import` do): the rows come back exactly. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(ContractServersResource.class)
class ArchiveRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void importingAnExportChangesNothingAndUndoesALaterMistake() {
        String sku = newProduct("ARC");
        post(review(sku, 5)).statusCode(202);
        long id = Reviews.idOf(sku);
        Reviews.approve(id).statusCode(200);
        staff().body(Map.of("body", "ありがとうございます")).put("/api/staff/reviews/" + id + "/reply").then().statusCode(200);

        String reviews = export("reviews");
        String events = export("moderation-events");
        // The mistake: a staff member withdraws the review.
        staff().body("{}").post("/api/staff/reviews/" + id + "/withdraw").then().statusCode(200);
        given().queryParam("sku", sku).get("/api/reviews").then().body("total", equalTo(0));

        importAs(TestTokens.owner(), "reviews", reviews).statusCode(200).body("rows", equalTo(lines(reviews)));
        importAs(TestTokens.owner(), "moderation-events", events).statusCode(200).body("rows", equalTo(lines(events)));

        given().queryParam("sku", sku).get("/api/reviews").then().body("total", equalTo(1))
                .body("items[0].reply.body", equalTo("ありがとうございます"));
        assertEquals(reviews, export("reviews"), "every column, timestamp and version restored");
        // The withdrawal stays in the history: an import adds back, it never erases.
        assertTrue(export("moderation-events").startsWith(events));
    }

    @Test
    void aMissingRowIsInsertedWithItsIdAndNewReviewsGetLaterIds() {
        String sku = newProduct("ARC");
        post(review(sku, 3)).statusCode(202);
        long id = Reviews.idOf(sku);
        ObjectNode row = (ObjectNode) Arrays.stream(export("reviews").split("\n")).map(ArchiveRoundTripTest::parse)
                .filter(node -> node.path("id").asLong() == id).findFirst().orElseThrow();
        long restoredId = id + 100_000;
        row.put("id", restoredId).put("externalId", "restored-" + restoredId).put("status", "APPROVED")
                .putNull("withdrawKeyHash");

        importAs(TestTokens.owner(), "reviews", row + "\n").statusCode(200).body("rows", equalTo(1));
        staff().get("/api/staff/reviews/" + restoredId).then().statusCode(200)
                .body("status", equalTo("approved")).body("createdAt", equalTo(row.path("createdAt").asText()));

        // A row that would take another review's withdraw key is refused rather than overwriting that review.
        row.put("id", restoredId + 1).put("externalId", "restored-other").put("withdrawKeyHash",
                parse(export("reviews").lines().filter(l -> l.contains("\"id\":" + id + ",")).findFirst().orElseThrow())
                        .path("withdrawKeyHash").asText());
        importAs(TestTokens.owner(), "reviews", row + "\n").statusCode(400).body("detail", containsString("Line 1"));
        staff().get("/api/staff/reviews/" + (restoredId + 1)).then().statusCode(404);

        String later = newProduct("ARC");
        post(review(later, 4)).statusCode(202);
        assertTrue(Reviews.idOf(later) > restoredId);
    }

    @Test
    void aBrokenLineIsRefusedNamingIt() {
        importAs(TestTokens.owner(), "moderation-events", "{\"id\":1,\"reviewId\":1,\"action\":\"DELETED\"}\n")
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("Line 1"));
        importAs(TestTokens.owner(), "reviews", "{not json\n").statusCode(400).body("detail", containsString("Line 1"));
    }

    @Test
    void onlyTheOwnerImports() {
        importAs(TestTokens.staff(), "reviews", "").statusCode(403);
        given().contentType("application/x-ndjson").body(new byte[0]).post("/api/staff/import/reviews").then()
                .statusCode(401);
    }

    private static io.restassured.response.ValidatableResponse importAs(String token, String entity, String ndjson) {
        return given().auth().oauth2(token).contentType("application/x-ndjson")
                .body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/staff/import/" + entity).then();
    }

    private static String export(String entity) {
        return staff().get("/api/staff/export/" + entity).then().statusCode(200).extract().asString();
    }

    private static int lines(String ndjson) {
        return (int) ndjson.lines().count();
    }

    private static ObjectNode parse(String line) {
        try {
            return (ObjectNode) JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
