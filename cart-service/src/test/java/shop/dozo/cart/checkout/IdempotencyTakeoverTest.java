package shop.dozo.cart.checkout;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.Shop;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/** Idempotency-Key claims left behind: by a process that died mid-checkout, or still running. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class IdempotencyTakeoverTest {

    @Test
    void aClaimWhoseProcessDiedIsTakenOverAndItsReservationReleased() throws Exception {
        CatalogContract.product("TAKE-1", 1100, 10, 5);
        String cart = Shop.cartWith(Map.of("TAKE-1", 1));
        String key = UUID.randomUUID().toString();
        String deadOrder = UUID.randomUUID().toString();
        reserveDirectly(deadOrder, "TAKE-1", 1);
        claim(key, RequestHash.of(cart, request("take@example.jp")), deadOrder, "NOW(6) - INTERVAL 1 HOUR");

        String number = Shop.checkout(cart, key, Shop.order("take@example.jp")).then().statusCode(201)
                .extract().path("orderNumber");
        assertNotEquals(deadOrder, Shop.orderId(number), "a new order id: the dead one's reservation may be stale");
        assertEquals("RELEASED", CatalogContract.reservationStatus(deadOrder));
        assertEquals(4, CatalogContract.available("TAKE-1"));
        assertEquals(1, Shop.count("SELECT COUNT(*) FROM customer_order WHERE idempotency_key = ?", key));
    }

    @Test
    void aRetryWaitsForTheCheckoutStillRunningAndADifferentBodyDoesNot() throws Exception {
        CatalogContract.product("WAIT-1", 1100, 10, 5);
        String cart = Shop.cartWith(Map.of("WAIT-1", 1));
        String key = UUID.randomUUID().toString();
        String running = UUID.randomUUID().toString();
        claim(key, RequestHash.of(cart, request("wait@example.jp")), running, "NOW(6)");

        Shop.checkout(cart, key, Shop.order("wait@example.jp", "paymentMethod", "cash_on_delivery")).then()
                .statusCode(422);
        // The running checkout fails after a moment and frees the key; the waiting retry then places the order.
        CompletableFuture<Void> failing = CompletableFuture.runAsync(() -> {
            sleep(1500);
            update("DELETE FROM checkout_attempt WHERE idempotency_key = ?", key);
        });
        Shop.checkout(cart, key, Shop.order("wait@example.jp")).then().statusCode(201);
        failing.join();
    }

    private static CheckoutRequest request(String email) {
        return new CheckoutRequest("山田 花子", "やまだ はなこ", email, "〒150-0001", "東京都", "渋谷区", "神宮前1-2-3",
                "03-1234-5678", "bank_transfer", null, null, true, null, null, null, null, null);
    }

    private static void reserveDirectly(String id, String sku, int quantity) {
        given().header("X-Dozo-Internal-Key", JwtTestResource.INTERNAL_KEY).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("sku", sku, "quantity", quantity))))
                .put(ConfigProvider.getConfig().getValue("quarkus.rest-client.catalog.url", String.class)
                        + "/internal/reservations/" + id)
                .then().statusCode(200);
    }

    private static void claim(String key, String hash, String orderId, String updatedAt) {
        update("INSERT INTO checkout_attempt (idempotency_key, request_hash, order_id, state, updated_at) "
                + "VALUES (?, ?, ?, 'PENDING', " + updatedAt + ")", key, hash, orderId);
    }

    private static void update(String sql, String... values) {
        try (Connection db = DriverManager.getConnection(System.getProperty("dozo.test.db.url"),
                MariaDbTestResource.USER, MariaDbTestResource.PASSWORD);
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
