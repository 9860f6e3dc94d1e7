package shop.dozo.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.cart.Shop.cartWith;
import static shop.dozo.cart.Shop.checkout;
import static shop.dozo.cart.Shop.count;
import static shop.dozo.cart.Shop.order;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.cart.order.OrderView;
import shop.dozo.cart.order.UnpaidTransfers;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/**
 * Bank transfers not paid by their deadline are cancelled by the job: stock back on the shelf (also when it was
 * already committed), pending points gone, one CANCELLED mail queued; paid and cash-on-delivery orders untouched.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class UnpaidTransfersTest {

    @Inject
    UnpaidTransfers job;

    /** The clock on the day after the deadline, in Japan: the order placed today is due in 7 days. */
    private static Clock daysLater(int days) {
        return Clock.fixed(Instant.now().plusSeconds(days * 86_400L), ZoneOffset.UTC);
    }

    @Test
    void anOverdueTransferIsCancelledOnceWithItsStockBackAndOneMail() {
        CatalogContract.product("UNPAID-MISO", 1944, 8, 10);
        OrderView unpaid = Shop.placeSignedIn(Shop.items("UNPAID-MISO", 3), order("late@example.jp"));
        String paid = checkout(cartWith(Shop.items("UNPAID-MISO", 1)), order("paid@example.jp")).then()
                .statusCode(201).extract().path("orderNumber");
        Shop.changeStatus(paid, "paid", null).then().statusCode(200);
        String cod = checkout(cartWith(Shop.items("UNPAID-MISO", 1)), order("cod@example.jp", "paymentMethod",
                "cash_on_delivery")).then().statusCode(201).extract().path("orderNumber");
        assertEquals(10 - 3 - 1 - 1, CatalogContract.available("UNPAID-MISO"));
        String id = Shop.orderId(unpaid.orderNumber());
        assertEquals("COMMITTED", CatalogContract.reservationStatus(id));

        assertEquals(List.of(), job.cancelOverdue(daysLater(7)), "the deadline day itself is still in time");
        // Other tests' unpaid transfers of today are overdue too; this one is among them, the paid and COD ones not.
        List<String> cancelled = job.cancelOverdue(daysLater(9));
        assertTrue(cancelled.contains(id), cancelled.toString());
        assertFalse(cancelled.contains(Shop.orderId(paid)) || cancelled.contains(Shop.orderId(cod)));
        assertEquals(List.of(), job.cancelOverdue(daysLater(9)), "a second run (another replica) cancels nothing");

        Shop.staff().get("/api/staff/orders/" + unpaid.orderNumber()).then().statusCode(200)
                .body("order.status", org.hamcrest.Matchers.equalTo("cancelled"))
                .body("stockState", org.hamcrest.Matchers.equalTo("RETURNED"))
                .body("history[1].actor", org.hamcrest.Matchers.equalTo("payment-deadline"));
        assertEquals("RETURNED", CatalogContract.reservationStatus(id));
        assertEquals(10 - 1 - 1, CatalogContract.available("UNPAID-MISO"), "the 3 units are back");
        assertEquals(1, count("SELECT COUNT(*) FROM mail_outbox WHERE event_key = ? AND kind = 'CANCELLED'"
                + " AND recipient = 'late@example.jp' AND order_id = ? AND data LIKE '%payment-deadline%'",
                "cancelled:" + id,
                id), "one CANCELLED mail, saying why");
        Shop.staff().get("/api/staff/customers/late@example.jp/points").then()
                .body("pointsBalance", org.hamcrest.Matchers.equalTo(0))
                .body("pendingPoints", org.hamcrest.Matchers.equalTo(0));
        Shop.staff().get("/api/staff/orders/" + paid).then().body("order.status",
                org.hamcrest.Matchers.equalTo("paid"));
        Shop.staff().get("/api/staff/orders/" + cod).then()
                .body("order.status", org.hamcrest.Matchers.equalTo("placed"));
    }
}
