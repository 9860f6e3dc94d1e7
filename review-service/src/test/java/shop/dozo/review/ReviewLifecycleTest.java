package shop.dozo.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static shop.dozo.review.Reviews.approve;
import static shop.dozo.review.Reviews.idOf;
import static shop.dozo.review.Reviews.newProduct;
import static shop.dozo.review.Reviews.post;
import static shop.dozo.review.Reviews.reject;
import static shop.dozo.review.Reviews.review;
import static shop.dozo.review.Reviews.staff;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.review.contract.ContractServersResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(ContractServersResource.class)
class ReviewLifecycleTest {

    @Test
    void aPostedReviewIsPendingUntilStaffApproveIt() {
        String sku = newProduct("LIFE");
        post(review(sku, 4)).statusCode(202)
                .body("status", equalTo("pending"))
                .body("withdrawKey", not(emptyOrNullString())).body("id", nullValue());

        given().queryParam("sku", sku).get("/api/reviews").then().statusCode(200)
                .body("total", equalTo(0)).body("items", hasSize(0));
        given().queryParam("sku", sku).get("/api/reviews/summary").then().statusCode(200)
                .body("count", equalTo(0)).body("average", nullValue());

        long id = idOf(sku);
        approve(id).statusCode(200).body("status", equalTo("approved"));

        given().queryParam("sku", sku).get("/api/reviews").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) id))
                .body("items[0].rating", equalTo(4)).body("items[0].nickname", equalTo("みどり"))
                .body("items[0].title", equalTo("よかったです"));
        given().queryParam("sku", sku).get("/api/reviews/summary").then().statusCode(200)
                .body("sku", equalTo(sku)).body("count", equalTo(1)).body("average", equalTo(4.0f))
                .body("distribution", equalTo(Map.of("1", 0, "2", 0, "3", 0, "4", 1, "5", 0)));
    }

    @Test
    void aRejectedReviewStaysHiddenAndKeepsItsReason() {
        String sku = newProduct("REJ");
        post(review(sku, 1)).statusCode(202);
        long id = idOf(sku);

        reject(id, "個人情報が含まれているため").statusCode(200)
                .body("status", equalTo("rejected")).body("statusReason", equalTo("個人情報が含まれているため"));

        given().queryParam("sku", sku).get("/api/reviews").then().body("total", equalTo(0));
        given().queryParam("sku", sku).get("/api/reviews/summary").then().body("count", equalTo(0));
        staff().get("/api/staff/reviews/" + id).then().statusCode(200).body("status", equalTo("rejected"));
    }

    @Test
    void rejectingNeedsAReason() {
        String sku = newProduct("REJ");
        post(review(sku, 2)).statusCode(202);
        long id = idOf(sku);
        staff().body(Map.of("reason", "  ")).post("/api/staff/reviews/" + id + "/reject")
                .then().statusCode(400).body("errors.field", contains("reason"));
        staff().body("{}").post("/api/staff/reviews/" + id + "/reject")
                .then().statusCode(400).body("errors.field", contains("reason"));
        staff().get("/api/staff/reviews/" + id).then().body("status", equalTo("pending"));
    }

    @Test
    void approvingAnApprovedReviewLaterRejectedHidesItAgain() {
        String sku = newProduct("TAKE");
        post(review(sku, 5)).statusCode(202);
        long id = idOf(sku);
        approve(id).statusCode(200);
        given().queryParam("sku", sku).get("/api/reviews/summary").then().body("count", equalTo(1));

        reject(id, "後から不適切と判断").statusCode(200);
        given().queryParam("sku", sku).get("/api/reviews/summary").then().body("count", equalTo(0));
        given().queryParam("sku", sku).get("/api/reviews").then().body("total", equalTo(0));
    }

    @Test
    void theShopperWithdrawsWithTheirKeyAndTheRowStays() {
        String sku = newProduct("WD");
        String key = post(review(sku, 3)).statusCode(202).extract().path("withdrawKey");
        long id = idOf(sku);
        approve(id).statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("withdrawKey", key)).post("/api/reviews/withdraw")
                .then().statusCode(200).body("status", equalTo("withdrawn"));
        // Twice is harmless.
        given().contentType(ContentType.JSON).body(Map.of("withdrawKey", key)).post("/api/reviews/withdraw")
                .then().statusCode(200);

        given().queryParam("sku", sku).get("/api/reviews").then().body("total", equalTo(0));
        staff().get("/api/staff/reviews/" + id).then().statusCode(200).body("status", equalTo("withdrawn"));
        approve(id).statusCode(409);
        staff().get("/api/staff/reviews/" + id + "/history").then().statusCode(200)
                .body("action", contains("submitted", "approved", "withdrawn"))
                .body("actor", contains("shopper", "staff@dozo.test", "shopper"));
    }

    @Test
    void aWrongWithdrawKeyWithdrawsNothing() {
        String sku = newProduct("WD");
        post(review(sku, 3)).statusCode(202);
        // An unknown key answers like a real one (a honeypot's key must not be told apart), and changes nothing.
        given().contentType(ContentType.JSON).body(Map.of("withdrawKey", "A".repeat(43))).post("/api/reviews/withdraw")
                .then().statusCode(200).body("status", equalTo("withdrawn"));
        given().contentType(ContentType.JSON).body(Map.of("withdrawKey", "short")).post("/api/reviews/withdraw")
                .then().statusCode(400).body("errors.field", contains("withdrawKey"));
        staff().get("/api/staff/reviews/" + idOf(sku)).then().body("status", equalTo("pending"));
    }

    @Test
    void staffWithdrawAndTheHistoryRecordsEveryAction() {
        String sku = newProduct("HIST");
        post(review(sku, 2)).statusCode(202);
        long id = idOf(sku);
        reject(id, "宣伝目的").statusCode(200);
        approve(id).statusCode(200);
        approve(id).statusCode(200); // a double click: no second history line
        staff().body(Map.of("reason", "お客様からの依頼")).post("/api/staff/reviews/" + id + "/withdraw")
                .then().statusCode(200).body("status", equalTo("withdrawn"));

        staff().get("/api/staff/reviews/" + id + "/history").then().statusCode(200)
                .body("action", contains("submitted", "rejected", "approved", "withdrawn"))
                .body("fromStatus", contains(null, "pending", "rejected", "approved"))
                .body("toStatus", contains("pending", "rejected", "approved", "withdrawn"))
                .body("reason", contains(null, "宣伝目的", null, "お客様からの依頼"));
    }

    @Test
    void theShopsReplyIsShownUnderTheReviewAndEveryVersionIsKept() {
        String sku = newProduct("REPLY");
        post(review(sku, 4)).statusCode(202);
        long id = idOf(sku);
        approve(id).statusCode(200);

        staff().body(Map.of("body", "ありがとうございます！")).put("/api/staff/reviews/" + id + "/reply")
                .then().statusCode(200).body("reply.body", equalTo("ありがとうございます！"))
                .body("reply.author", equalTo("staff@dozo.test"));
        staff().body(Map.of("body", "ご感想ありがとうございます。")).put("/api/staff/reviews/" + id + "/reply")
                .then().statusCode(200);

        given().queryParam("sku", sku).get("/api/reviews").then()
                .body("items[0].reply.body", equalTo("ご感想ありがとうございます。"))
                .body("items[0].reply.repliedAt", not(emptyOrNullString()))
                .body("items[0].reply.author", nullValue());

        staff().delete("/api/staff/reviews/" + id + "/reply").then().statusCode(200).body("reply", nullValue());
        given().queryParam("sku", sku).get("/api/reviews").then().body("items[0].reply", nullValue());
        staff().get("/api/staff/reviews/" + id + "/history").then()
                .body("action", contains("submitted", "approved", "replied", "replied", "reply_removed"))
                .body("note", contains(null, null, "ありがとうございます！", "ご感想ありがとうございます。", null));
    }

    @Test
    void unknownReviewsAreNotFound() {
        approve(987_654_321L).statusCode(404).contentType("application/problem+json");
        staff().get("/api/staff/reviews/987654321/history").then().statusCode(404);
    }
}
