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
    void orderNumbersCarryTheDayInJapanAndFortyRandomBitsInTwoGroups() {
        // 2026-07-24T15:30Z is already the 25th in Japan.
        String number = OrderNumbers.next(Instant.parse("2026-07-24T15:30:00Z"));
        assertTrue(number.matches("DZ-260725-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), number);
        assertTrue(OrderNumbers.FORMAT.matcher(number).matches(), number);
        Set<String> drawn = new HashSet<>();
        Set<Character> characters = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String next = OrderNumbers.next(Instant.parse("2026-07-24T15:30:00Z"));
            drawn.add(next);
            next.substring(10).replace("-", "").chars().forEach(c -> characters.add((char) c));
        }
        // With four digits, 20,000 draws of one day would repeat thousands of times; with 2^40 almost never.
        assertTrue(drawn.size() >= 19_999, "numbers are drawn from 2^40, not 9,000: " + drawn.size());
        assertEquals(32, characters.size(), "all 32 Crockford characters appear, and no others: " + characters);
    }

    @Test
    void typedOrderNumbersAreReadTheWayTheyAreMeant() {
        for (String typed : new String[]{"DZ-260725-4821", "dz-260725-4821", "DZ2607254821", " dz 260725 4821 ",
                "ＤＺ－２６０７２５－４８２１"}) {
            assertEquals("DZ-260725-4821", OrderNumbers.normalise(typed), typed);
        }
        for (String typed : new String[]{"DZ-260725-7KQ4-M9XD", "dz 260725 7kq4 m9xd", "DZ2607257KQ4M9XD",
                "ＤＺ－２６０７２５－７ＫＱ４－Ｍ９ＸＤ"}) {
            assertEquals("DZ-260725-7KQ4-M9XD", OrderNumbers.normalise(typed), typed);
        }
        // Read over the phone, an O is a zero and an I or an L a one.
        assertEquals("DZ-260725-1K04-M91D", OrderNumbers.normalise("DZ-260725-IKO4-M9LD"));
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
        assertEquals(Set.of(OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.CANCELLED),
                OrderTransitions.allowed(cod));
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
