package shop.dozo.review;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.review.Reviews.newProduct;
import static shop.dozo.review.Reviews.post;
import static shop.dozo.review.Reviews.review;
import static shop.dozo.review.Reviews.shopperAt;
import static shop.dozo.review.Reviews.staff;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.review.contract.ContractServersResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/** Rate limit (3 posts per hour per client in tests, see application.properties), duplicates, honeypot. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(ContractServersResource.class)
class AbuseProtectionTest {

    @Test
    void aClientPostingTooOftenIsToldToWait() {
        String address = "192.0.2.10";
        for (int i = 0; i < 3; i++) {
            shopperAt(address).body(review(newProduct("RATE"), 5)).post("/api/reviews").then().statusCode(202);
        }
        String sku = newProduct("RATE");
        String retryAfter = shopperAt(address).body(review(sku, 5)).post("/api/reviews").then().statusCode(429)
                .contentType("application/problem+json").extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds > 3000 && seconds <= 3600, "Retry-After " + seconds);
        staff().queryParam("sku", sku).get("/api/staff/reviews").then().body("total", equalTo(0));

        // Another shopper is not affected.
        shopperAt("192.0.2.11").body(review(sku, 5)).post("/api/reviews").then().statusCode(202);
    }

    @Test
    void theSameTextForTheSameProductIsADuplicateEvenFromAnotherClient() {
        String sku = newProduct("DUP");
        Map<String, Object> first = review(sku, 5);
        first.put("body", "最高の商品です！みんなに勧めたい。");
        post(first).statusCode(202);

        Map<String, Object> again = review(sku, 1);
        again.put("body", "  最高の商品です！  みんなに勧めたい。 ");
        post(again).statusCode(409).contentType("application/problem+json").body("errors.field", contains("body"));
        staff().queryParam("sku", sku).get("/api/staff/reviews").then().body("total", equalTo(1));

        // The same words about another product are a different review.
        Map<String, Object> elsewhere = review(newProduct("DUP"), 5);
        elsewhere.put("body", first.get("body"));
        post(elsewhere).statusCode(202);
    }

    @Test
    void aFilledHoneypotLooksAcceptedButNothingIsKept() {
        String sku = newProduct("HONEY");
        Map<String, Object> robot = review(sku, 5);
        robot.put("website", "http://spam.example");
        post(robot).statusCode(202).body("status", equalTo("pending"))
                .body("$", hasKey("withdrawKey")).body("$", not(hasKey("id")));
        staff().queryParam("sku", sku).get("/api/staff/reviews").then().body("total", equalTo(0));

        Map<String, Object> human = review(sku, 5);
        human.put("website", "");
        post(human).statusCode(202);
        staff().queryParam("sku", sku).get("/api/staff/reviews").then().body("total", equalTo(1));
    }

    @Test
    void withdrawingWithAHoneypotKeyAnswersLikeARealOne() {
        String sku = newProduct("HONEY");
        Map<String, Object> robot = review(sku, 5);
        robot.put("website", "http://spam.example");
        String honeypotKey = post(robot).statusCode(202).extract().path("withdrawKey");
        String realKey = post(review(sku, 4)).statusCode(202).extract().path("withdrawKey");

        io.restassured.response.Response honeypot = withdraw(honeypotKey);
        io.restassured.response.Response real = withdraw(realKey);
        assertEquals(real.statusCode(), honeypot.statusCode());
        assertEquals(real.contentType(), honeypot.contentType());
        assertEquals(real.asString(), honeypot.asString());
        staff().queryParam("sku", sku).get("/api/staff/reviews").then().body("total", equalTo(1))
                .body("items[0].status", equalTo("withdrawn"));
    }

    @Test
    void aRotatedXForwardedForDoesNotDodgeTheLimit() {
        // Behind a trusted proxy (loopback here) the client is the right-most entry the proxy appended; whatever
        // the client wrote to the left of it is ignored.
        for (int i = 0; i < 3; i++) {
            shopperAt("198.18." + i + ".1, 192.0.2.30").body(review(newProduct("ROT"), 5)).post("/api/reviews").then()
                    .statusCode(202);
        }
        shopperAt("198.18.9.9, 192.0.2.30").body(review(newProduct("ROT"), 5)).post("/api/reviews").then()
                .statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    private static io.restassured.response.Response withdraw(String key) {
        return io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("withdrawKey", key)).post("/api/reviews/withdraw");
    }

    @Test
    void honeypotPostsDoNotCountTowardsTheLimitAndAreNotDuplicates() {
        String address = "192.0.2.20";
        String sku = newProduct("HONEY");
        Map<String, Object> robot = review(sku, 5);
        robot.put("website", "http://spam.example");
        for (int i = 0; i < 5; i++) {
            shopperAt(address).body(robot).post("/api/reviews").then().statusCode(202);
        }
        robot.remove("website");
        shopperAt(address).body(robot).post("/api/reviews").then().statusCode(202);
        assertEquals(1,
                staff().queryParam("sku", sku).get("/api/staff/reviews").then().extract().<Integer>path("total"));
    }
}
