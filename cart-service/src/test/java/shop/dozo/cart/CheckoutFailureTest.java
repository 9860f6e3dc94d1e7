package shop.dozo.cart;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.dozo.cart.Shop.cartWith;
import static shop.dozo.cart.Shop.checkout;
import static shop.dozo.cart.Shop.count;
import static shop.dozo.cart.Shop.order;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.cart.order.OrderStock;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/**
 * catalog-service failing at each step of a checkout: whatever happens, no half-written order and no
 * reservation left behind; an order once written stands and gets its stock.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class CheckoutFailureTest {

    @Inject
    OrderStock orderStock;

    @AfterEach
    void settle() {
        CatalogContract.clearFaults();
        orderStock.followUp();
        assertEquals(0, CatalogContract.openReservations(), "every reservation ended committed or released");
        assertEquals(0, count("SELECT COUNT(*) FROM pending_release"));
    }

    @Test
    void aCatalogueThatIsDownStopsCheckoutBeforeAnythingIsReservedAndTheKeyCanBeRetried() {
        CatalogContract.product("DOWN-1", 1100, 10, 5);
        String cart = cartWith(Map.of("DOWN-1", 1));
        String key = UUID.randomUUID().toString();
        int reserveCalls = CatalogContract.calls("reserve");
        CatalogContract.fault("by-skus", "DOWN", 3);
        checkout(cart, key, order("down@example.jp")).then().statusCode(503).contentType("application/problem+json");
        assertEquals(reserveCalls, CatalogContract.calls("reserve"));
        assertEquals(0, count("SELECT COUNT(*) FROM customer_order WHERE email = 'down@example.jp'"));

        checkout(cart, key, order("down@example.jp")).then().statusCode(201);
        assertEquals(4, CatalogContract.available("DOWN-1"));
    }

    @Test
    void aReservationWhoseAnswerNeverCameIsReleased() {
        CatalogContract.product("LOST-1", 1100, 10, 5);
        String cart = cartWith(Map.of("LOST-1", 2));
        String key = UUID.randomUUID().toString();
        long releasedBefore = released();
        CatalogContract.fault("reserve", "LOST", 3);
        checkout(cart, key, order("lost@example.jp")).then().statusCode(503);
        assertEquals(5, CatalogContract.available("LOST-1"), "the reservation catalog-service did make was released");
        assertEquals(releasedBefore + 1, released(), "three tries under one id made one reservation, now released");
        assertEquals(0, count("SELECT COUNT(*) FROM customer_order WHERE email = 'lost@example.jp'"));

        checkout(cart, key, order("lost@example.jp")).then().statusCode(201);
        assertEquals(3, CatalogContract.available("LOST-1"));
    }

    @Test
    void aLostAnswerIsRetriedUnderTheSameIdAndBooksOnce() {
        CatalogContract.product("ONCE-1", 1100, 10, 5);
        CatalogContract.fault("reserve", "LOST", 1);
        String number = checkout(cartWith(Map.of("ONCE-1", 2)), order("once@example.jp")).then().statusCode(201)
                .extract().path("orderNumber");
        assertEquals(3, CatalogContract.available("ONCE-1"), "the retried reservation did not book twice");
        assertEquals("COMMITTED", CatalogContract.reservationStatus(Shop.orderId(number)));
    }

    @Test
    void aSlowCatalogueIsGivenUpOnAndWhatItReservedIsReleased() {
        CatalogContract.product("SLOW-1", 1100, 10, 5);
        CatalogContract.fault("reserve", "SLOW", 3);
        checkout(cartWith(Map.of("SLOW-1", 1)), order("slow@example.jp")).then().statusCode(503);
        assertEquals(5, CatalogContract.available("SLOW-1"));
        assertEquals(0, count("SELECT COUNT(*) FROM customer_order WHERE email = 'slow@example.jp'"));
    }

    @Test
    void aReleaseThatCannotGetThroughIsRememberedAndDoneLater() {
        CatalogContract.product("LATER-1", 1100, 10, 5);
        CatalogContract.fault("reserve", "LOST", 3);
        CatalogContract.fault("release", "DOWN", 1);
        checkout(cartWith(Map.of("LATER-1", 1)), order("later@example.jp")).then().statusCode(503);
        assertEquals(4, CatalogContract.available("LATER-1"), "still held: catalog-service refused the release");
        assertEquals(1, count("SELECT COUNT(*) FROM pending_release"));

        orderStock.followUp();
        assertEquals(5, CatalogContract.available("LATER-1"));
    }

    @Test
    void anOrderWhoseStockCommitFailedStandsAndIsCommittedLater() {
        CatalogContract.product("COMMIT-1", 1100, 10, 5);
        CatalogContract.fault("commit", "DOWN", 1);
        String number = checkout(cartWith(Map.of("COMMIT-1", 1)), order("commit@example.jp")).then().statusCode(201)
                .extract().path("orderNumber");
        String id = Shop.orderId(number);
        Shop.staffOrder(number).then().body("stockState", equalTo("RESERVED"));
        assertEquals("RESERVED", CatalogContract.reservationStatus(id));

        orderStock.followUp();
        assertEquals("COMMITTED", CatalogContract.reservationStatus(id));
        Shop.staffOrder(number).then().body("stockState", equalTo("COMMITTED"));
        assertEquals(4, CatalogContract.available("COMMIT-1"));
    }

    @Test
    void aStockCommitRefusedByCatalogueIsFlaggedForStaff() {
        CatalogContract.product("REFUSED-1", 1100, 10, 5);
        CatalogContract.fault("commit", "DOWN", 1);
        String number = checkout(cartWith(Map.of("REFUSED-1", 1)), order("refused@example.jp")).then()
                .statusCode(201).extract().path("orderNumber");
        String id = Shop.orderId(number);
        // As if the reservation had expired in catalog-service meanwhile: it answers 409 to the commit.
        io.restassured.RestAssured.given().header("X-Dozo-Internal-Key", JwtTestResource.INTERNAL_KEY)
                .post(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getValue("quarkus.rest-client.catalog.url", String.class) + "/internal/reservations/" + id
                        + "/release")
                .then().statusCode(200);
        orderStock.followUp();
        Shop.staffOrder(number).then().body("stockState", equalTo("REFUSED")).body("order.status", equalTo("placed"));
    }

    private static long released() {
        return CatalogContract.reservationStatuses().values().stream().filter("RELEASED"::equals).count();
    }
}
