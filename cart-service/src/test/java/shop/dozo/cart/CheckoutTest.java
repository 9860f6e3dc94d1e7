package shop.dozo.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.MariaDbServer;
import shop.dozo.backing.ShopApi;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/** Checkout against the real catalog-service: its stock, its reservations, its prices. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(RealCatalogResource.class)
class CheckoutTest {
    static final Map<String, Object> ADDRESS = Map.of("fullName", "山田 花子", "email", "Hanako@Example.jp",
            "postalCode", "〒150-0001", "prefecture", "東京都", "city", "渋谷区", "street", "神宮前1-2-3",
            "phone", "03-1234-5678", "paymentMethod", "bank_transfer");

    @Test
    void anOrderKeepsItsLinesTaxBreakdownAndTakesTheStock() {
        int linersBefore = available("CP-LINER-01");
        String cart = cartWith(Map.of("CP-LINER-01", 2, "FT-COFFEE-200", 1));
        String key = UUID.randomUUID().toString();
        checkout(cart, key, ADDRESS).then().statusCode(201)
                .body("orderNumber", matchesPattern("DZ-\\d{6}-\\d{4}"))
                .body("status", equalTo("PLACED")).body("email", equalTo("hanako@example.jp"))
                .body("itemsTotal", equalTo(2 * 1100 + 1296)).body("shippingFee", equalTo(770))
                .body("total", equalTo(2 * 1100 + 1296 + 770))
                .body("tax8.subtotal", equalTo(1296)).body("tax8.tax", equalTo(96))
                .body("tax10.subtotal", equalTo(2200 + 770)).body("tax10.tax", equalTo(270))
                .body("lines.name", hasItem("布ナプキン ライナー（オーガニックコットン）"));
        assertEquals(linersBefore - 2, available("CP-LINER-01"));
        given().get("/api/carts/" + cart).then().body("itemCount", equalTo(0));
    }

    @Test
    void theSameKeyReturnsTheSameOrderAndADifferentBodyIsRefused() {
        String cart = cartWith(Map.of("OF-TEA-100", 1));
        String key = UUID.randomUUID().toString();
        String number = checkout(cart, key, ADDRESS).then().statusCode(201).extract().path("orderNumber");
        checkout(cart, key, ADDRESS).then().statusCode(200).body("orderNumber", equalTo(number));
        Map<String, Object> other = new HashMap<>(ADDRESS);
        other.put("paymentMethod", "cash_on_delivery");
        checkout(cart, key, other).then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void twentyConcurrentRetriesOfOneKeyMakeOneOrder() throws Exception {
        int before = available("OF-MISO-1K");
        String cart = cartWith(Map.of("OF-MISO-1K", 1));
        String key = UUID.randomUUID().toString();
        List<String> numbers = race(20, i -> checkout(cart, key, ADDRESS)).stream()
                .map(response -> response.<String>path("orderNumber")).distinct().toList();
        assertEquals(1, numbers.size(), numbers.toString());
        assertEquals(before - 1, available("OF-MISO-1K"));
    }

    @Test
    void aHundredCheckoutsRaceForTenUnits() throws Exception {
        new ShopApi(RealCatalogResource.stack.ownerToken()).post(RealCatalogResource.stack.url("catalog-service")
                + "/api/staff/products", "{\"sku\":\"RACE-10\",\"category\":\"eco-goods\",\"name\":\"限定品\","
                + "\"priceYen\":3000,\"taxRate\":10,\"stock\":10}");
        List<String> carts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            carts.add(cartWith(Map.of("RACE-10", 1)));
        }
        List<Response> responses = race(100, i -> checkout(carts.get(i), UUID.randomUUID().toString(), ADDRESS));
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(10, statuses.stream().filter(status -> status == 201).count(), "exactly as many orders as units");
        // Everyone else is told no: sold out, or (if the catalogue was too busy to answer in time) try again.
        assertEquals(90, statuses.stream().filter(status -> status == 409 || status == 503).count(), statuses.toString());
        assertTrue(statuses.stream().filter(status -> status == 409).count() >= 80, statuses.toString());
        assertEquals(0, available("RACE-10"));
        assertEquals(0, openReservations(), "no reservation is left hanging");
    }

    @Test
    @org.junit.jupiter.api.Disabled("Open bug (issue 4): parallel first orders of new customers sometimes answer 500; "
            + "the customer-row deadlock is retried now, another cause remains")
    void manyNewCustomersOrderingAtOnceAllGetTheirOrders() throws Exception {
        List<String> carts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            carts.add(cartWith(Map.of("OF-TEA-100", 1)));
        }
        List<Response> responses = race(40, i -> {
            Map<String, Object> body = new HashMap<>(ADDRESS);
            body.put("email", "new-" + i + "-" + UUID.randomUUID() + "@example.jp");
            return checkout(carts.get(i), UUID.randomUUID().toString(), body);
        });
        assertEquals(List.of(201), responses.stream().map(Response::statusCode).distinct().toList());
    }

    @Test
    void outOfStockWritesNoOrderAndReleasesEverything() throws Exception {
        String cart = cartWith(Map.of("BK-SEASON-01", 2, "OF-SHOYU-900", 1));
        int shoyu = available("OF-SHOYU-900");
        new ShopApi(RealCatalogResource.stack.ownerToken()).post(RealCatalogResource.stack.url("catalog-service")
                + "/api/staff/stock/BK-SEASON-01/adjustments", "{\"delta\":-" + available("BK-SEASON-01")
                + ",\"reason\":\"damaged\"}");
        checkout(cart, UUID.randomUUID().toString(), ADDRESS).then().statusCode(409).contentType("application/problem+json");
        assertEquals(shoyu, available("OF-SHOYU-900"), "nothing of the other line stays reserved");
        assertEquals(0, openReservations());
    }

    @Test
    void badCheckoutsAreRefusedClearly() {
        String cart = cartWith(Map.of("OF-RICE-5K", 1));
        expectField(cart, "postalCode", "12-345", "postalCode");
        expectField(cart, "email", "not-an-email", "email");
        expectField(cart, "prefecture", "東京", "prefecture");
        expectField(cart, "paymentMethod", "credit_card", "paymentMethod");
        given().contentType(ContentType.JSON).body(ADDRESS).post("/api/carts/" + cart + "/checkout")
                .then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        String empty = given().post("/api/carts").then().extract().path("token");
        checkout(empty, UUID.randomUUID().toString(), ADDRESS).then().statusCode(422);
        checkout("no-such-cart", UUID.randomUUID().toString(), ADDRESS).then().statusCode(404);
    }

    @Test
    void shoppersLookUpTheirOrderAndReviewsCanCheckAPurchase() {
        String cart = cartWith(Map.of("EG-WRAP-3", 1));
        String number = checkout(cart, UUID.randomUUID().toString(), ADDRESS).then().statusCode(201)
                .extract().path("orderNumber");
        given().queryParam("number", number).queryParam("email", "hanako@example.jp").get("/api/orders/lookup")
                .then().statusCode(200).body("lines[0].sku", equalTo("EG-WRAP-3"));
        given().queryParam("number", number).queryParam("email", "someone@else.jp").get("/api/orders/lookup")
                .then().statusCode(404);
        given().queryParam("number", "DZ-000000-0000").queryParam("email", "hanako@example.jp")
                .get("/api/orders/lookup").then().statusCode(404);

        verify(number, "HANAKO@example.jp", "EG-WRAP-3").then().statusCode(200).body("verified", equalTo(true));
        verify(number, "hanako@example.jp", "CP-REG-01").then().body("verified", equalTo(false));
        verify(number, "x@example.jp", "EG-WRAP-3").then().body("verified", equalTo(false));
        given().contentType(ContentType.JSON).body(Map.of("orderNumber", number, "email", "hanako@example.jp", "sku",
                "EG-WRAP-3")).post("/internal/purchases/verify").then().statusCode(401);
    }

    private static Response verify(String number, String email, String sku) {
        return given().header("X-Dozo-Internal-Key", JwtTestResource.INTERNAL_KEY).contentType(ContentType.JSON)
                .body(Map.of("orderNumber", number, "email", email, "sku", sku)).post("/internal/purchases/verify");
    }

    private static void expectField(String cart, String field, Object value, String expected) {
        Map<String, Object> body = new HashMap<>(ADDRESS);
        body.put(field, value);
        checkout(cart, UUID.randomUUID().toString(), body).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(expected));
    }

    static Response checkout(String cart, String key, Map<String, Object> body) {
        return given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/carts/" + cart + "/checkout");
    }

    static String cartWith(Map<String, Integer> items) {
        String token = given().post("/api/carts").then().statusCode(201).extract().path("token");
        items.forEach((sku, quantity) -> given().contentType(ContentType.JSON).body(Map.of("quantity", quantity))
                .put("/api/carts/" + token + "/items/" + sku).then().statusCode(200));
        return token;
    }

    static int available(String sku) {
        return given().baseUri(RealCatalogResource.stack.url("catalog-service")).port(-1).get("/api/products/" + sku)
                .then().statusCode(200).extract().path("available");
    }

    /** Straight from catalog-service's database. */
    static int openReservations() throws Exception {
        MariaDbServer db = RealCatalogResource.stack.database();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("dozo_catalog"), "root", db.rootPassword());
                ResultSet rows = connection.createStatement()
                        .executeQuery("SELECT COUNT(*) FROM stock_reservation WHERE status = 'RESERVED'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    interface Attempt {
        Response run(int index);
    }

    static List<Response> race(int count, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(() -> attempt.run(index));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }
}
