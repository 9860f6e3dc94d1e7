package shop.dozo.cart.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.Shop;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.cart.order.OrderNumbers;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/**
 * Two orders drawing the same number: the database's unique key refuses the second, and the checkout draws again
 * instead of failing. The clash is forced by handing {@link OrderWriter} numbers that are already taken.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class OrderNumberClashTest {

    @Inject
    OrderWriter writer;

    @AfterEach
    void randomAgain() {
        writer.drawNumbersWith(null);
    }

    @Test
    void aNumberAlreadyTakenIsDrawnAgainAndTheOrderIsPlaced() {
        CatalogContract.product("CLASH-1", 1100, 10, 10);
        String taken = Shop.placeOrder("first-clash@example.jp", Map.of("CLASH-1", 1));
        String fresh = OrderNumbers.next(java.time.Instant.now());
        Iterator<String> draws = List.of(taken, taken, fresh).iterator();
        writer.drawNumbersWith(now -> draws.next());

        String second = Shop.checkout(Shop.cartWith(Map.of("CLASH-1", 1)), Shop.order("second-clash@example.jp"))
                .then().statusCode(201).extract().path("orderNumber");

        assertEquals(fresh, second, "two clashes, then the third draw");
        assertEquals(1, Shop.count("SELECT COUNT(*) FROM customer_order WHERE order_number = ?", taken));
        assertEquals(8, CatalogContract.available("CLASH-1"), "one unit each, nothing reserved twice or left held");
        assertEquals("COMMITTED", CatalogContract.reservationStatus(Shop.orderId(second)));
        assertEquals(0, Shop.count("SELECT COUNT(*) FROM checkout_attempt WHERE state = 'PENDING'"));
    }

    @Test
    void numbersReadOverThePhoneHaveFortyRandomBits() {
        String number = OrderNumbers.next(java.time.Instant.parse("2026-12-07T03:00:00Z"));
        assertTrue(number.matches("DZ-261207-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), number);
        assertEquals(number, OrderNumbers.normalise(number.toLowerCase().replace('-', ' ')));
    }
}
