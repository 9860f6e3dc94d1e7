package shop.dozo.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(RealCatalogResource.class)
class PointsAndStaffOrdersTest {

    @Test
    void pointsAreEarnedUsedMultipliedByACampaignAndRefundedOnCancel() {
        String email = "points-" + UUID.randomUUID() + "@example.jp";
        // 2 × 1,100 + 1,296 = 3,496 yen of items at 1 % → 34 points.
        String first = order(email, Map.of("CP-LINER-01", 2, "FT-COFFEE-200", 1), 0)
                .then().statusCode(201).body("pointsEarned", equalTo(34)).extract().path("orderNumber");
        assertEquals(34, balance(email));

        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("code", "TEST-10X", "name", "テスト 10倍", "pointsMultiplier", 10,
                        "startsAt", Instant.now().minusSeconds(3600).toString(), "endsAt", Instant.now().plusSeconds(3600).toString()))
                .post("/api/staff/campaigns").then().statusCode(201);
        // 1,296 yen at 1 % = 12, ×10 during the campaign → 120 points; 20 points pay part of it.
        order(email, Map.of("FT-COFFEE-200", 1), 20).then().statusCode(201)
                .body("pointsUsed", equalTo(20)).body("amountDue", equalTo(1296 + 770 - 20))
                .body("tax8.tax", equalTo(96)).body("pointsEarned", equalTo(120));
        assertEquals(34 - 20 + 120, balance(email));

        order(email, Map.of("OF-TEA-100", 1), 1000).then().statusCode(422).body("errors.field", hasItem("usePoints"));
        assertEquals(134, balance(email), "a refused order moves no points");

        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(Map.of("status", "CANCELLED"))
                .post("/api/staff/orders/" + first + "/status").then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertEquals(134 - 34, balance(email), "the cancelled order's earned points are taken back");
        given().auth().oauth2(TestTokens.staff()).get("/api/staff/customers/" + email + "/points").then()
                .body("ledger.reason", equalTo(List.of("EARNED", "USED", "EARNED", "REFUNDED")));
    }

    @Test
    void staffSearchOrdersAndMoveThemAlongAllowedSteps() {
        String email = "staff-" + UUID.randomUUID() + "@example.jp";
        String number = order(email, Map.of("OF-RICE-5K", 1), 0).then().statusCode(201).extract().path("orderNumber");
        String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();

        given().auth().oauth2(TestTokens.staff()).queryParam("email", email).get("/api/staff/orders").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].orderNumber", equalTo(number));
        given().auth().oauth2(TestTokens.staff()).queryParam("number", number.toLowerCase()).get("/api/staff/orders")
                .then().body("total", equalTo(1));
        given().auth().oauth2(TestTokens.staff()).queryParam("from", today).queryParam("to", today)
                .queryParam("email", email).get("/api/staff/orders").then().body("total", equalTo(1));
        given().auth().oauth2(TestTokens.staff()).queryParam("from", "2020-01-01").queryParam("to", "2020-01-31")
                .queryParam("email", email).get("/api/staff/orders").then().body("total", equalTo(0));
        given().auth().oauth2(TestTokens.staff()).queryParam("from", "yesterday").get("/api/staff/orders")
                .then().statusCode(400).body("errors.field", hasItem("from"));

        for (String status : List.of("PAID", "SHIPPED")) {
            given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(Map.of("status", status))
                    .post("/api/staff/orders/" + number + "/status").then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(Map.of("status", "CANCELLED"))
                .post("/api/staff/orders/" + number + "/status").then().statusCode(409);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(Map.of("status", "LOST"))
                .post("/api/staff/orders/" + number + "/status").then().statusCode(400);
        given().auth().oauth2(TestTokens.staff()).get("/api/staff/orders/" + number).then()
                .body("history.status", equalTo(List.of("PLACED", "PAID", "SHIPPED")));
    }

    @Test
    void everyStaffEndpointRefusesAnonymousAndShopperCallers() {
        for (String[] endpoint : List.of(new String[] { "GET", "/api/staff/orders" },
                new String[] { "GET", "/api/staff/orders/DZ-000000-0000" },
                new String[] { "POST", "/api/staff/orders/DZ-000000-0000/status" },
                new String[] { "POST", "/api/staff/campaigns" },
                new String[] { "GET", "/api/staff/customers/a@example.jp/points" },
                new String[] { "GET", "/api/staff/export/orders" },
                new String[] { "POST", "/api/staff/import/orders" })) {
            given().contentType(ContentType.JSON).body("{}").request(endpoint[0], endpoint[1]).then().statusCode(401);
            given().auth().oauth2(TestTokens.shopper()).contentType(ContentType.JSON).body("{}")
                    .request(endpoint[0], endpoint[1]).then().statusCode(403);
        }
    }

    @Test
    void theSalesHistoryExportsAsNdjson() {
        order("export-" + UUID.randomUUID() + "@example.jp", Map.of("EG-WRAP-3", 1), 0).then().statusCode(201);
        String orders = given().auth().oauth2(TestTokens.staff()).get("/api/staff/export/orders").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
        String lines = given().auth().oauth2(TestTokens.staff()).get("/api/staff/export/order-lines").then()
                .statusCode(200).extract().asString();
        assertEquals(true, orders.contains("\"order_number\":\"DZ-") && lines.contains("\"sku\":\"EG-WRAP-3\""));
    }

    private static io.restassured.response.Response order(String email, Map<String, Integer> items, int usePoints) {
        Map<String, Object> body = new HashMap<>(CheckoutTest.ADDRESS);
        body.put("email", email);
        body.put("usePoints", usePoints);
        return CheckoutTest.checkout(CheckoutTest.cartWith(items), UUID.randomUUID().toString(), body);
    }

    private static int balance(String email) {
        return given().auth().oauth2(TestTokens.staff()).get("/api/staff/customers/" + email + "/points").then()
                .statusCode(200).extract().path("balance");
    }
}
