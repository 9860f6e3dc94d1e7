package shop.dozo.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.dozo.review.Reviews.idOf;
import static shop.dozo.review.Reviews.newProduct;
import static shop.dozo.review.Reviews.review;
import static shop.dozo.review.Reviews.shopper;
import static shop.dozo.review.Reviews.staff;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.api.ProblemTypes;
import shop.dozo.review.contract.ContractServersResource;
import shop.dozo.testsupport.AwkwardText;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.Utf8mb4;

/**
 * Every class of the text rule at review-service's edges: a shopper's review, staff replies and reasons. Refused
 * text is a 400 naming the field with nothing stored; accepted text comes back exactly as it was typed.
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(ContractServersResource.class)
class TextHygieneTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void refusedTextInAReviewNamesTheFieldAndNothingIsStored() {
        String sku = newProduct("HYG");
        for (Map.Entry<String, String> refused : AwkwardText.REFUSED.entrySet()) {
            for (String field : List.of("title", "body", "nickname")) {
                Map<String, Object> review = review(sku, 4);
                review.put(field, refused.getValue() + " の感想です。十分な長さ。");
                refused(shopper().body(AwkwardText.escapedJson(review)).post("/api/reviews"), field, refused.getKey());
            }
        }
        for (Map.Entry<String, String> bidi : AwkwardText.REFUSED_IN_ONE_LINE.entrySet()) {
            for (String field : List.of("title", "nickname")) {
                Map<String, Object> review = review(sku, 4);
                review.put(field, bidi.getValue());
                refused(shopper().body(AwkwardText.escapedJson(review)).post("/api/reviews"), field, bidi.getKey());
            }
        }
        for (Map.Entry<String, byte[]> invalid : AwkwardText.INVALID_UTF8.entrySet()) {
            byte[] body = AwkwardText.withRawBytes("{\"sku\": \"" + sku + "\", \"rating\": 5, \"title\": \"ok\","
                    + " \"nickname\": \"n\", \"body\": \"とても良い品でした%s。また買います。\"}", invalid.getValue());
            refused(shopper().body(body).post("/api/reviews"), "body", invalid.getKey());
        }
        staff().queryParam("sku", sku).get("/api/staff/reviews").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void refusedTextInStaffRepliesAndReasonsChangesNothing() {
        String sku = newProduct("HYG");
        Reviews.post(review(sku, 5)).statusCode(202);
        long id = idOf(sku);
        for (Map.Entry<String, String> refused : AwkwardText.REFUSED.entrySet()) {
            refused(staff().body(AwkwardText.escapedJson(Map.of("body", refused.getValue())))
                    .put("/api/staff/reviews/" + id + "/reply"), "body", refused.getKey());
            refused(staff().body(AwkwardText.escapedJson(Map.of("reason", refused.getValue())))
                    .post("/api/staff/reviews/" + id + "/reject"), "reason", refused.getKey());
            refused(staff().body(AwkwardText.escapedJson(Map.of("reason", refused.getValue())))
                    .post("/api/staff/reviews/" + id + "/approve"), "reason", refused.getKey());
        }
        staff().get("/api/staff/reviews/" + id).then().body("status", equalTo("pending")).body("reply", equalTo(null));
        staff().get("/api/staff/reviews/" + id + "/history").then().body("size()", equalTo(1));
    }

    @Test
    void awkwardTextComesBackByteForByte() {
        for (Map.Entry<String, String> awkward : AwkwardText.ONE_LINE.entrySet()) {
            String text = awkward.getValue();
            String sku = newProduct("HYG");
            Map<String, Object> review = review(sku, 5);
            String body = text + " とても良い品でした。";
            String nickname = text.codePointCount(0, text.length()) <= 40 ? text : "みどり";
            review.putAll(Map.of("title", text, "body", body, "nickname", nickname));
            Reviews.post(review).statusCode(202);
            long id = idOf(sku);
            Response stored = staff().get("/api/staff/reviews/" + id);
            assertEquals(List.of(text, body, nickname), List.of(stored.path("title"), stored.path("body"),
                    stored.path("nickname")), awkward.getKey());
            Reviews.approve(id).statusCode(200);
            given().queryParam("sku", sku).get("/api/reviews").then().body("items[0].title", equalTo(text))
                    .body("items[0].body", equalTo(body)).body("items[0].nickname", equalTo(nickname));
        }
        for (Map.Entry<String, String> awkward : AwkwardText.MULTI_LINE.entrySet()) {
            String text = awkward.getValue();
            String sku = newProduct("HYG");
            Map<String, Object> review = review(sku, 4);
            review.put("body", text);
            shopper().body(AwkwardText.escapedJson(review)).post("/api/reviews").then().statusCode(202);
            long id = idOf(sku);
            assertEquals(text, staff().get("/api/staff/reviews/" + id).then().extract().path("body"), awkward.getKey());
            Reviews.approve(id).statusCode(200);
            staff().body(AwkwardText.escapedJson(Map.of("body", text))).put("/api/staff/reviews/" + id + "/reply")
                    .then().statusCode(200);
            assertEquals(text,
                    given().queryParam("sku", sku).get("/api/reviews").then().extract().path("items[0].reply.body"),
                    awkward.getKey());
            staff().body(AwkwardText.escapedJson(Map.of("reason", text))).post("/api/staff/reviews/" + id + "/withdraw")
                    .then().statusCode(200);
            staff().get("/api/staff/reviews/" + id).then().body("statusReason", equalTo(text));
        }
    }

    @Test
    void theServiceTalksToMariaDbInUtf8mb4Everywhere() {
        Utf8mb4.assertEverywhere(dataSource);
    }

    private static void refused(Response response, String field, String what) {
        assertEquals(400, response.statusCode(), what + " in " + field + ": " + response.asString());
        assertEquals(ProblemTypes.INVALID_TEXT, response.path("type"),
                what + " in " + field + ": " + response.asString());
        response.then().body("errors.field", contains(field));
    }
}
