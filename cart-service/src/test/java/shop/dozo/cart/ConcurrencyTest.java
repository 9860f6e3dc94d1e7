package shop.dozo.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.cart.Shop.cartWith;
import static shop.dozo.cart.Shop.checkout;
import static shop.dozo.cart.Shop.count;
import static shop.dozo.cart.Shop.order;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/** Many shoppers at once, against the catalog contract server's all-or-nothing stock accounting. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class ConcurrencyTest {
    private static final Logger LOG = Logger.getLogger(ConcurrencyTest.class);

    @Test
    void aHundredCheckoutsRaceForTenUnits() throws Exception {
        CatalogContract.product("RACE-C10", "限定 手ぬぐい", 1650, 10, false, 10);
        List<String> carts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            carts.add(cartWith(Map.of("RACE-C10", 1)));
        }
        long started = System.nanoTime();
        List<Response> answers = Shop.race(100, 20, i -> checkout(carts.get(i), order("racer" + i + "@example.jp")));
        long millis = (System.nanoTime() - started) / 1_000_000;

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertEquals(10, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(90, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(0, CatalogContract.available("RACE-C10"));
        assertEquals(10, count("SELECT COUNT(DISTINCT order_id) FROM order_line WHERE sku = 'RACE-C10'"));
        for (Response placed : answers.stream().filter(r -> r.statusCode() == 201).toList()) {
            assertEquals("COMMITTED", CatalogContract.reservationStatus(Shop.orderId(placed.path("orderNumber"))));
        }
        assertEquals(0, CatalogContract.openReservations(), "no orphan reservation");
        assertEquals(0, count("SELECT COUNT(*) FROM checkout_attempt WHERE state = 'PENDING'"));
        LOG.infof("100 checkouts for 10 units: 10 placed, 90 sold out, in %d ms", millis);
    }

    @Test
    void fortyNewCustomersOrderingAtOnceAllGetTheirOrders() throws Exception {
        CatalogContract.product("NEW-40", 540, 8, 1000);
        List<String> carts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            carts.add(cartWith(Map.of("NEW-40", 1)));
        }
        List<Response> answers =
                Shop.race(40, 20, i -> checkout(carts.get(i), order("first-" + i + "-" + UUID.randomUUID()
                        + "@example.jp")));
        assertEquals(List.of(201), answers.stream().map(Response::statusCode).distinct().toList());
        assertEquals(40, count("SELECT COUNT(DISTINCT order_id) FROM order_line WHERE sku = 'NEW-40'"));
    }

    @Test
    void twentyConcurrentRetriesOfOneKeyMakeOneOrder() throws Exception {
        CatalogContract.product("RETRY-1", 1296, 8, 5);
        String cart = cartWith(Map.of("RETRY-1", 1));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = order("retry@example.jp");
        long started = System.nanoTime();
        List<Response> answers = Shop.race(20, 20, i -> checkout(cart, key, body));
        long millis = (System.nanoTime() - started) / 1_000_000;

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(1, answers.stream().map(r -> r.<String>path("orderNumber")).distinct().count());
        assertEquals(1, count("SELECT COUNT(*) FROM customer_order WHERE idempotency_key = ?", key));
        assertEquals(4, CatalogContract.available("RETRY-1"), "one unit booked, once");
        assertTrue(CatalogContract.openReservations() == 0);
        LOG.infof("20 concurrent retries of one key: one order, in %d ms", millis);
    }

    @Test
    void aCartChangeChosenAsADeadlockVictimIsTriedAgainNotAnError() throws Exception {
        CatalogContract.product("LOCK-A", 330, 8, 1_000);
        String cart = cartWith(Map.of("LOCK-A", 1));
        long cartId = count("SELECT id FROM cart WHERE token = ?", cart);
        // Another transaction holds the cart's lines, then wants the cart row the shopper's change has taken
        // meanwhile: a real InnoDB deadlock. Having written more, it survives; the shopper's change is the victim.
        try (java.sql.Connection other = java.sql.DriverManager.getConnection(System.getProperty("dozo.test.db.url"),
                shop.dozo.testsupport.MariaDbTestResource.USER, shop.dozo.testsupport.MariaDbTestResource.PASSWORD)) {
            other.setAutoCommit(false);
            try (java.sql.Statement sql = other.createStatement()) {
                for (int i = 0; i < 50; i++) {
                    sql.execute(
                            "INSERT INTO cart (token) VALUES ('" + String.format("%043d", cartId * 1000 + i) + "')");
                }
                sql.executeQuery("SELECT * FROM cart_line WHERE cart_id = " + cartId + " FOR UPDATE").close();
                java.util.concurrent.CompletableFuture<Response> change = java.util.concurrent.CompletableFuture
                        .supplyAsync(() -> io.restassured.RestAssured.given().contentType("application/json")
                                .body("{\"quantity\":3}").put("/api/carts/" + cart + "/items/LOCK-A"));
                Thread.sleep(1_500); // the change now waits for the lines, holding the cart row
                sql.executeUpdate("UPDATE cart SET updated_at = NOW(6) WHERE id = " + cartId);
                other.commit();
                Response answer = change.get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(200, answer.statusCode(), answer.asString());
                assertEquals(3, answer.<Integer>path("lines[0].quantity"));
            }
        }
        assertEquals(3, count("SELECT quantity FROM cart_line WHERE cart_id = ?", cartId));
    }
}
