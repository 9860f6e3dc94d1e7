package shop.dozo.cart.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Points shared pro rata over the 8 % and 10 % subtotals (EC-CUBE 4.2's rule), worked out by hand. */
class PointsAllocationTest {

    @Test
    void oddYenArePutWhereTheyBelong() {
        // 8 %: 1,620, 10 %: 2,970, total 4,590; 101 points → 4,489 left.
        // 8 %: 1,620 × 4,489 / 4,590 = 7,272,180 / 4,590 = 1,584.35 → 1,584 (points on it 36, exactly 35.65)
        // 10 %: 4,489 − 1,584 = 2,905 (points on it 65, exactly 65.35)
        // tax 8 %: floor(1,584 × 8 / 108) = floor(117.3) = 117; 10 %: floor(2,905 × 10 / 110) = floor(264.09) = 264.
        TaxBreakdown after = PointsAllocation.afterPoints(TaxBreakdown.of(1620, 2970), 101);
        assertEquals(new TaxBreakdown(1584, 117, 2905, 264), after);
    }

    @Test
    void anEvenSplit() {
        // 3,000 + 1,000 = 4,000; 1,000 points: 8 % keeps 3,000 × 3,000 / 4,000 = 2,250, 10 % 750.
        // tax floor(2,250 × 8 / 108) = floor(166.7) = 166; floor(750 × 10 / 110) = floor(68.2) = 68.
        assertEquals(new TaxBreakdown(2250, 166, 750, 68),
                PointsAllocation.afterPoints(TaxBreakdown.of(3000, 1000), 1000));
    }

    @Test
    void twoHalvesStillAddUpToWhatIsPaid() {
        // 1 + 1, 1 point: each rate keeps 0.5. Rounding both up (EC-CUBE) would make 2 yen of a 1-yen payment;
        // the 8 % half rounds up to 1 and the 10 % one takes the rest, 0.
        TaxBreakdown after = PointsAllocation.afterPoints(TaxBreakdown.of(1, 1), 1);
        assertEquals(1, after.subtotal8());
        assertEquals(0, after.subtotal10());
    }

    @Test
    void noPointsChangeNothingAndAllPointsLeaveNothing() {
        assertEquals(TaxBreakdown.of(1620, 2970), PointsAllocation.afterPoints(TaxBreakdown.of(1620, 2970), 0));
        assertEquals(new TaxBreakdown(0, 0, 0, 0), PointsAllocation.afterPoints(TaxBreakdown.of(1620, 2970), 4590));
    }

    @Test
    void anOrdersPricingCarriesBothBreakdowns() {
        // 有機コーヒー豆 1,620 (8 %) + 1,100 × 2 (10 %) + 770 shipping = 4,590, 101 points: as above.
        OrderPricing pricing = OrderPricing.of(List.of(new OrderPricing.Line(1620, 8, 1, false),
                new OrderPricing.Line(1100, 10, 2, false)), new OrderPricing.ShippingRules(770, 5500, 330),
                CashOnDelivery.NONE, new OrderPricing.Charges("東京都", false, 101));
        assertEquals(4590, pricing.total());
        assertEquals(4489, pricing.amountDue());
        assertEquals(TaxBreakdown.of(1620, 2970), pricing.tax());
        assertEquals(new TaxBreakdown(1584, 117, 2905, 264), pricing.afterPoints());
        assertEquals(pricing.amountDue(), pricing.afterPoints().total());
    }
}
