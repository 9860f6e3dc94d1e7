package shop.dozo.cart.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderRulesTest {

    @Test
    void orderNumbersCarryTheDayInJapanAndOnlyDigits() {
        // 2026-07-24T15:30Z is already the 25th in Japan.
        String number = OrderNumbers.next(Instant.parse("2026-07-24T15:30:00Z"));
        assertTrue(number.matches("DZ-260725-[1-9]\\d{3}"), number);
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            drawn.add(OrderNumbers.next(Instant.parse("2026-07-24T15:30:00Z")));
        }
        assertTrue(drawn.size() > 150, "numbers are drawn at random, not counted");
    }

    @Test
    void typedOrderNumbersAreReadTheWayTheyAreMeant() {
        for (String typed : new String[] { "DZ-260725-4821", "dz-260725-4821", "DZ2607254821", " dz 260725 4821 ",
                "ＤＺ－２６０７２５－４８２１" }) {
            assertEquals("DZ-260725-4821", OrderNumbers.normalise(typed), typed);
        }
    }

    @Test
    void bankTransferIsPaidBeforeShippingAndCashOnDeliveryAfter() {
        CustomerOrder transfer = order("bank_transfer");
        assertEquals(Set.of(OrderStatus.PAID, OrderStatus.CANCELLED), OrderTransitions.allowed(transfer));
        transfer.changeStatus(OrderStatus.PAID, "staff", null);
        assertEquals(Set.of(OrderStatus.SHIPPED, OrderStatus.CANCELLED), OrderTransitions.allowed(transfer));
        transfer.changeStatus(OrderStatus.SHIPPED, "staff", null);
        assertEquals(Set.of(), OrderTransitions.allowed(transfer));

        CustomerOrder cod = order("cash_on_delivery");
        assertEquals(Set.of(OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.CANCELLED), OrderTransitions.allowed(cod));
        cod.changeStatus(OrderStatus.SHIPPED, "staff", null);
        assertEquals(Set.of(OrderStatus.PAID), OrderTransitions.allowed(cod), "shipped: no cancel, cash still due");
        cod.changeStatus(OrderStatus.PAID, "staff", null);
        assertEquals(Set.of(), OrderTransitions.allowed(cod), "never shipped twice");

        CustomerOrder cancelled = order("bank_transfer");
        cancelled.changeStatus(OrderStatus.CANCELLED, "staff", null);
        assertEquals(Set.of(), OrderTransitions.allowed(cancelled));
    }

    @Test
    void statusesReadInAnyCase() {
        assertEquals(OrderStatus.PAID, OrderStatus.parse(" Paid "));
        assertEquals("cancelled", OrderStatus.CANCELLED.json());
        assertNull(OrderStatus.parse("refunded"));
    }

    private static CustomerOrder order(String paymentMethod) {
        CustomerOrder order = new CustomerOrder();
        order.paymentMethod = paymentMethod;
        order.changeStatus(OrderStatus.PLACED, "shopper", null);
        return order;
    }
}
