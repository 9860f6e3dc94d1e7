package shop.dozo.storefront.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void acceptsOneToNinetyNineInHalfOrFullWidthDigits() {
        assertEquals(OptionalInt.of(1), Quantity.parse("1"));
        assertEquals(OptionalInt.of(99), Quantity.parse(" 99 "));
        assertEquals(OptionalInt.of(3), Quantity.parse("３"), "a Japanese keyboard types full-width digits");
    }

    @Test
    void refusesEverythingElse() {
        for (String bad : new String[]{null, "", "abc", "0", "100", "-1", "1.5", "1e2", "２a", "9999999999"}) {
            assertTrue(Quantity.parse(bad).isEmpty(), "refuses " + bad);
        }
    }
}
