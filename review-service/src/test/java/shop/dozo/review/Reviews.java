package shop.dozo.review;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import shop.dozo.review.contract.Contracts;
import shop.dozo.testsupport.TestTokens;

/** Test helpers: a fresh product, a review body, a shopper with their own address, staff calls. */
public final class Reviews {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Reviews() {
    }

    /** A SKU no other test uses, published in the catalog contract server. */
    public static String newProduct(String prefix) {
        String sku = prefix + "-" + SEQUENCE.incrementAndGet();
        Contracts.publishProduct(sku);
        return sku;
    }

    public static Map<String, Object> review(String sku, int rating) {
        Map<String, Object> review = new HashMap<>();
        review.put("sku", sku);
        review.put("rating", rating);
        review.put("title", "よかったです");
        review.put("body", "使いやすくて毎日使っています。" + SEQUENCE.incrementAndGet() + " 回目の感想です。");
        review.put("nickname", "みどり");
        return review;
    }

    /**
     * A shopper on their own address: the service believes X-Forwarded-For from loopback, so every call here
     * is a different client for the rate limit.
     */
    public static RequestSpecification shopper() {
        int n = SEQUENCE.incrementAndGet();
        return shopperAt("10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
    }

    public static RequestSpecification shopperAt(String address) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON);
    }

    public static ValidatableResponse post(Map<String, Object> review) {
        return shopper().body(review).post("/api/reviews").then();
    }

    public static RequestSpecification staff() {
        return given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON);
    }

    /** The id of the only review of this SKU, whatever its status. */
    public static long idOf(String sku) {
        return staff().queryParam("sku", sku).get("/api/staff/reviews").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    public static ValidatableResponse approve(long id) {
        return staff().body("{}").post("/api/staff/reviews/" + id + "/approve").then();
    }

    public static ValidatableResponse reject(long id, String reason) {
        return staff().body(Map.of("reason", reason)).post("/api/staff/reviews/" + id + "/reject").then();
    }
}
