package shop.dozo.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.dozo.cart.Shop.cartWith;
import static shop.dozo.cart.Shop.checkout;
import static shop.dozo.cart.Shop.order;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.MariaDbServer;
import shop.dozo.backing.ShopApi;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/** Checkout against the real catalog-service with the demo shop: its stock, its reservations, its prices. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(RealCatalogResource.class)
class RealCatalogCheckoutTest {
    private static final Logger LOG = Logger.getLogger(RealCatalogCheckoutTest.class);

    @Test
    void anOrderWithBothRatesKeepsItsLinesAndTaxAndTakesTheStock() throws Exception {
        int linersBefore = available("CP-LINER-01");
        String cart = cartWith(Shop.items("CP-LINER-01", 2, "FT-COFFEE-200", 1));
        checkout(cart, order("Hanako@Example.jp")).then().statusCode(201)
                .body("orderNumber", matchesPattern("DZ-\\d{6}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"))
                .body("status", equalTo("placed")).body("email", equalTo("hanako@example.jp"))
                .body("itemsTotalYen", equalTo(2 * 1100 + 1296)).body("shippingFeeYen", equalTo(770))
                .body("totalYen", equalTo(2 * 1100 + 1296 + 770))
                .body("taxes.subtotalYen", contains(1296, 2200 + 770)).body("taxes.taxYen", contains(96, 270))
                .body("lines.name", hasItem("布ナプキン ライナー（オーガニックコットン）"))
                .body("pointsEarned", equalTo(0)); // a guest: points are for signed-in customers
        assertEquals(linersBefore - 2, available("CP-LINER-01"));
        given().get("/api/carts/" + cart).then().body("itemCount", equalTo(0));
        assertEquals(0, openReservations());
    }

    @Test
    void theSameKeyReturnsTheSameOrderAndADifferentBodyIsRefused() {
        String cart = cartWith(Map.of("OF-TEA-100", 1));
        String key = UUID.randomUUID().toString();
        String number =
                checkout(cart, key, order("tea@example.jp")).then().statusCode(201).extract().path("orderNumber");
        checkout(cart, key, order("tea@example.jp")).then().statusCode(200).body("orderNumber", equalTo(number));
        checkout(cart, key, order("tea@example.jp", "paymentMethod", "cash_on_delivery")).then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void twentyConcurrentRetriesOfOneKeyMakeOneOrder() throws Exception {
        int before = available("OF-MISO-1K");
        String cart = cartWith(Map.of("OF-MISO-1K", 1));
        String key = UUID.randomUUID().toString();
        long started = System.nanoTime();
        List<Response> answers = Shop.race(20, 20, i -> checkout(cart, key, order("miso@example.jp")));
        LOG.infof("Real catalog: 20 concurrent retries of one key took %d ms",
                (System.nanoTime() - started) / 1_000_000);
        assertEquals(1, answers.stream().map(response -> response.<String>path("orderNumber")).distinct().count(),
                answers.stream().map(Response::statusCode).toList().toString());
        assertEquals(1, answers.stream().filter(response -> response.statusCode() == 201).count());
        assertEquals(1, Shop.count("SELECT COUNT(*) FROM customer_order WHERE idempotency_key = ?", key));
        assertEquals(before - 1, available("OF-MISO-1K"));
        assertEquals(0, openReservations());
    }

    @Test
    void aHundredCheckoutsRaceForTenUnits() throws Exception {
        new ShopApi(RealCatalogResource.stack.ownerToken()).post(RealCatalogResource.stack.url("catalog-service")
                + "/api/staff/products",
                "{\"sku\":\"RACE-10\",\"category\":\"eco-goods\",\"name\":\"限定品\","
                        + "\"priceYen\":3000,\"taxRate\":10,\"stock\":10}");
        List<String> carts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            carts.add(cartWith(Map.of("RACE-10", 1)));
        }
        long started = System.nanoTime();
        List<Response> responses = Shop.race(100, 20, i -> checkout(carts.get(i), order("race" + i + "@example.jp")));
        LOG.infof("Real catalog: 100 checkouts for 10 units took %d ms", (System.nanoTime() - started) / 1_000_000);
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(10, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(90, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        assertEquals(0, available("RACE-10"));
        assertEquals(10, Shop.count("SELECT COUNT(DISTINCT order_id) FROM order_line WHERE sku = 'RACE-10'"));
        assertEquals(0, openReservations(), "no reservation is left hanging");
        assertEquals(10, committedReservations("RACE-10"));
    }

    @Test
    void manyNewCustomersOrderingAtOnceAllGetTheirOrders() throws Exception {
        List<String> carts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            carts.add(cartWith(Map.of("OF-TEA-100", 1)));
        }
        List<Response> responses = Shop.race(40, 20, i -> checkout(carts.get(i),
                order("new-" + i + "-" + UUID.randomUUID() + "@example.jp")));
        assertEquals(List.of(201), responses.stream().map(Response::statusCode).distinct().toList());
        assertEquals(0, openReservations());
    }

    @Test
    void outOfStockWritesNoOrderAndReleasesEverything() throws Exception {
        String cart = cartWith(Map.of("BK-SEASON-01", 2, "OF-SHOYU-900", 1));
        int shoyu = available("OF-SHOYU-900");
        new ShopApi(RealCatalogResource.stack.ownerToken()).post(RealCatalogResource.stack.url("catalog-service")
                + "/api/staff/stock/BK-SEASON-01/adjustments",
                "{\"delta\":-" + available("BK-SEASON-01")
                        + ",\"reason\":\"damaged\"}");
        checkout(cart, order("shoyu@example.jp")).then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("BK-SEASON-01"));
        assertEquals(shoyu, available("OF-SHOYU-900"), "nothing of the other line stays reserved");
        assertEquals(0, openReservations());
        assertEquals(0, Shop.count("SELECT COUNT(*) FROM customer_order WHERE email = 'shoyu@example.jp'"));
    }

    @Test
    void reviewServiceCanCheckAPurchaseAndShoppersLookUpTheirOrder() {
        String number = checkout(cartWith(Map.of("EG-WRAP-3", 1)), order("wrap@example.jp")).then().statusCode(201)
                .extract().path("orderNumber");
        given().contentType(ContentType.JSON).body(Map.of("orderNumber", number, "email", "wrap@example.jp"))
                .post("/api/orders/lookup").then().statusCode(200).body("lines[0].sku", equalTo("EG-WRAP-3"));
        given().header("X-Dozo-Internal-Key", JwtTestResource.INTERNAL_KEY).contentType(ContentType.JSON)
                .body(Map.of("orderNumber", number, "email", "wrap@example.jp", "sku", "EG-WRAP-3"))
                .post("/internal/purchases/verify").then().statusCode(200).body("verified", equalTo(true));
    }

    static int available(String sku) {
        return given().baseUri(RealCatalogResource.stack.url("catalog-service")).port(-1).get("/api/products/" + sku)
                .then().statusCode(200).extract().path("available");
    }

    /** Straight from catalog-service's database. */
    static int openReservations() throws Exception {
        return catalogCount("SELECT COUNT(*) FROM stock_reservation WHERE status = 'RESERVED'");
    }

    static int committedReservations(String sku) throws Exception {
        return catalogCount("SELECT COUNT(*) FROM stock_reservation r JOIN stock_reservation_line l "
                + "ON l.reservation_id = r.id WHERE r.status = 'COMMITTED' AND l.sku = '" + sku + "'");
    }

    private static int catalogCount(String sql) throws Exception {
        MariaDbServer db = RealCatalogResource.stack.database();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("dozo_catalog"), "root", db.rootPassword());
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
