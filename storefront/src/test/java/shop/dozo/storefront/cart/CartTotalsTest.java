package shop.dozo.storefront.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CartTotalsTest {

    private static CartView.Line line(String sku, int price, int rate, boolean cool, int quantity) {
        return new CartView.Line(sku, "name", null, price, rate, cool, quantity, price * quantity, true);
    }

    private static CartTotals.Totals totals(CartView.Line... lines) {
        return CartTotals.compute(new CartView("t", List.of(lines), 0, 0), 770, 5500, 330);
    }

    @Test
    void shippingIsChargedBelowTheThresholdAndTaxedAtTenPercent() {
        CartTotals.Totals t = totals(line("CP-REG-01", 1650, 10, false, 2));
        assertEquals(3300, t.itemsTotal());
        assertEquals(770, t.shippingFee());
        assertEquals(4070, t.total());
        assertEquals(4070, t.subtotal10(), "shipping is taxed at the standard rate");
        assertEquals(370, t.tax10(), "floor(4070 × 10 / 110)");
        assertEquals(0, t.subtotal8());
        assertEquals(2200, t.toFreeShipping());
    }

    @Test
    void foodIsTaxedAtTheReducedRateAndCoolDeliveryAddsItsFee() {
        CartTotals.Totals t = totals(line("OF-RICE-5K", 4860, 8, false, 1), line("FR-TOFU-01", 324, 8, true, 2));
        assertEquals(5508, t.itemsTotal());
        assertEquals(0, t.shippingFee(), "free from ¥5,500");
        assertEquals(330, t.coolFee());
        assertEquals(5838, t.total());
        assertEquals(5508, t.subtotal8());
        assertEquals(408, t.tax8(), "floor(5508 × 8 / 108)");
        assertEquals(330, t.subtotal10(), "the cool fee is a service at 10 %");
        assertEquals(30, t.tax10());
    }

    @Test
    void anEmptyCartCostsNothing() {
        CartTotals.Totals t = totals();
        assertEquals(0, t.total());
        assertEquals(0, t.shippingFee());
    }

    @Test
    void aLineNoLongerSoldIsLeftOut() {
        CartView.Line gone = new CartView.Line("OLD-1", null, null, 0, 0, false, 3, 0, false);
        CartTotals.Totals t = totals(gone, line("EG-BRUSH-01", 330, 10, false, 1));
        assertEquals(330, t.itemsTotal());
    }
}
