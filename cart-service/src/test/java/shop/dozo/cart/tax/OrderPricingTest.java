package shop.dozo.cart.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples with the demo shop's prices and rules (770 yen shipping, free from 5,500, cool +330). */
class OrderPricingTest {
    private static final OrderPricing.ShippingRules DEMO = new OrderPricing.ShippingRules(770, 5500, 330);

    @Test
    void mixedRatesUnderTheFreeShippingThreshold() {
        // 有機コーヒー豆 1,620 (8 %) + 布ナプキン ライナー 1,100 × 2 (10 %), shipping 770 (10 %).
        OrderPricing pricing = OrderPricing.of(List.of(new OrderPricing.Line(1620, 8, 1, false),
                new OrderPricing.Line(1100, 10, 2, false)), DEMO);
        assertEquals(3820, pricing.itemsTotal());
        assertEquals(770, pricing.shippingFee());
        assertEquals(4590, pricing.total());
        assertEquals(1620, pricing.tax().subtotal8());
        assertEquals(120, pricing.tax().tax8(), "floor(1620 × 8 / 108) = 120");
        assertEquals(2970, pricing.tax().subtotal10(), "2,200 of items + 770 shipping");
        assertEquals(270, pricing.tax().tax10(), "floor(2970 × 10 / 110) = 270");
    }

    @Test
    void roundingHappensOncePerRateNotPerLine() {
        // 1,005 yen × 3 at 10 %: rounding per line gives floor(1005 / 11) × 3 = 273; once per rate, floor(3015 / 11) = 274.
        OrderPricing pricing = OrderPricing.of(List.of(new OrderPricing.Line(1005, 10, 3, false)), DEMO);
        assertEquals(3015 + 770, pricing.tax().subtotal10());
        assertEquals(Math.floorDiv((3015 + 770) * 10, 110), pricing.tax().tax10());
        assertEquals(274, TaxBreakdown.containedTax(3015, 10));
    }

    @Test
    void freeShippingFromTheThresholdButCoolDeliveryStillCosts() {
        OrderPricing pricing = OrderPricing.of(List.of(new OrderPricing.Line(3240, 8, 1, true),
                new OrderPricing.Line(2640, 10, 1, false)), DEMO);
        assertEquals(5880, pricing.itemsTotal());
        assertEquals(0, pricing.shippingFee());
        assertEquals(330, pricing.coolFee());
        assertEquals(6210, pricing.total());
        assertEquals(240, pricing.tax().tax8(), "floor(3240 × 8 / 108) = 240");
        assertEquals(2970, pricing.tax().subtotal10(), "2,640 + the 330 cool surcharge");
        assertEquals(270, pricing.tax().tax10());
        assertEquals(pricing.total(), pricing.tax().total(), "every yen is in exactly one rate's subtotal");
    }

    @Test
    void justBelowTheThresholdPaysShipping() {
        assertEquals(770, OrderPricing.of(List.of(new OrderPricing.Line(5499, 10, 1, false)), DEMO).shippingFee());
        assertEquals(0, OrderPricing.of(List.of(new OrderPricing.Line(5500, 10, 1, false)), DEMO).shippingFee());
    }

    @Test
    void nothingToSendCostsNothing() {
        OrderPricing pricing = OrderPricing.of(List.of(), DEMO);
        assertEquals(0, pricing.shippingFee());
        assertEquals(0, pricing.total());
        assertEquals(5500, DEMO.toFreeShipping(0));
        assertEquals(0, DEMO.toFreeShipping(6000));
    }

    @Test
    void anUnknownRateIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> OrderPricing.of(List.of(new OrderPricing.Line(100, 5, 1, false)), DEMO));
    }
}
