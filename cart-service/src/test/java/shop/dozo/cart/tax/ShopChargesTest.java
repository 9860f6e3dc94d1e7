package shop.dozo.cart.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-prefecture shipping, cool parcels and the cash-on-delivery tiers, with figures worked out by hand. */
class ShopChargesTest {
    private static final OrderPricing.ShippingRules RULES = new OrderPricing.ShippingRules(770,
            Map.of("北海道", 1320, "福岡県", 990, "沖縄県", 1650), 5500, 330, 10);
    private static final CashOnDelivery COD = new CashOnDelivery(List.of(new CashOnDelivery.Tier(10_000, 330),
            new CashOnDelivery.Tier(30_000, 440), new CashOnDelivery.Tier(100_000, 660),
            new CashOnDelivery.Tier(300_000, 1100)), 300_000);

    private static OrderPricing price(List<OrderPricing.Line> lines, String prefecture, boolean cod) {
        return OrderPricing.of(lines, RULES, COD, new OrderPricing.Charges(prefecture, cod, 0));
    }

    @Test
    void shippingDependsOnThePrefecture() {
        List<OrderPricing.Line> towels = List.of(new OrderPricing.Line(1000, 10, 2, false)); // 2,000 yen
        // 北海道: 2,000 + 1,320 = 3,320 at 10 %; tax floor(3,320 × 10 / 110) = floor(301.8) = 301.
        OrderPricing hokkaido = price(towels, "北海道", false);
        assertEquals(1320, hokkaido.shippingFee());
        assertEquals(3320, hokkaido.total());
        assertEquals(301, hokkaido.tax().tax10());
        assertEquals(770, price(towels, "東京都", false).shippingFee(), "本州: the flat fee");
        assertEquals(990, price(towels, "福岡県", false).shippingFee());
        assertEquals(1650, price(towels, "沖縄県", false).shippingFee());
        assertEquals(770, OrderPricing.of(towels, RULES).shippingFee(), "a cart, no prefecture yet: the flat fee");
    }

    @Test
    void freeShippingEverywhereFromTheThreshold() {
        assertEquals(0, price(List.of(new OrderPricing.Line(5500, 10, 1, false)), "沖縄県", false).shippingFee());
        assertEquals(1650, price(List.of(new OrderPricing.Line(5499, 10, 1, false)), "沖縄県", false).shippingFee());
    }

    @Test
    void coolFeePerParcelOfTenUnits() {
        // 21 cool units (15 + 6; the 4 others are not cool): ceil(21 / 10) = 3 parcels × 330 = 990.
        OrderPricing pricing = price(List.of(new OrderPricing.Line(100, 8, 15, true),
                new OrderPricing.Line(100, 8, 6, true), new OrderPricing.Line(100, 10, 4, false)), "東京都", false);
        assertEquals(990, pricing.coolFee());
        // items 2,500, shipping 770, cool 990: 4,260; 8 %: 2,100; 10 %: 400 + 770 + 990 = 2,160.
        assertEquals(4260, pricing.total());
        assertEquals(2100, pricing.tax().subtotal8());
        assertEquals(2160, pricing.tax().subtotal10());
        assertEquals(1, RULES.coolParcels(10));
        assertEquals(2, RULES.coolParcels(11));
        assertEquals(0, RULES.coolParcels(0));
    }

    @Test
    void codTiersAtTheirEdges() {
        assertEquals(330, COD.feeFor(1));
        assertEquals(330, COD.feeFor(9_999));
        assertEquals(440, COD.feeFor(10_000));
        assertEquals(440, COD.feeFor(29_999));
        assertEquals(660, COD.feeFor(30_000));
        assertEquals(660, COD.feeFor(99_999));
        assertEquals(1100, COD.feeFor(100_000));
        assertEquals(1100, COD.feeFor(299_999));
        assertTrue(COD.refusal(299_999).isEmpty());
        assertTrue(COD.refusal(300_000).isPresent(), "300,000 yen or more cannot be paid on delivery");
        assertThrows(IllegalArgumentException.class, () -> COD.feeFor(300_000));
    }

    @Test
    void codFeeIsChargedOnWhatTheCarrierCollectsAndTaxedAtTenPercent() {
        // Rice 10,000 (8 %), shipping free from 5,500: 10,000 collected before the fee → the 10,000 tier: 440.
        // total 10,440; 8 %: 10,000, tax floor(10,000 × 8 / 108) = floor(740.7) = 740;
        // 10 %: the fee 440, tax floor(440 × 10 / 110) = 40.
        OrderPricing pricing = price(List.of(new OrderPricing.Line(10_000, 8, 1, false)), "東京都", true);
        assertEquals(440, pricing.codFee());
        assertEquals(10_440, pricing.total());
        assertEquals(740, pricing.tax().tax8());
        assertEquals(440, pricing.tax().subtotal10());
        assertEquals(40, pricing.tax().tax10());
        // One yen less: 9,999 collected → 330.
        assertEquals(330, price(List.of(new OrderPricing.Line(9_999, 8, 1, false)), "東京都", true).codFee());
        // A small order: 1,000 + 770 shipping = 1,770 collected → 330, in the 10 % subtotal with the shipping.
        OrderPricing small = price(List.of(new OrderPricing.Line(1000, 8, 1, false)), "東京都", true);
        assertEquals(1000 + 770 + 330, small.total());
        assertEquals(770 + 330, small.tax().subtotal10());
        assertEquals(0, price(List.of(new OrderPricing.Line(10_000, 8, 1, false)), "東京都", false).codFee());
    }

    @Test
    void codTiersMustReachTheLimit() {
        assertThrows(IllegalArgumentException.class,
                () -> new CashOnDelivery(List.of(new CashOnDelivery.Tier(10_000, 330)), 300_000));
    }
}
