package shop.dozo.cart.tax;

/**
 * Points are a payment the shop grants, not a taxable discount on one rate, so the per-rate figures of a
 * qualified invoice after points share the points in proportion to each rate's tax-included subtotal, as EC-CUBE
 * 4.2 does with its tax-free discounts: share(rate) = points × subtotal(rate) / total, and the tax inside what is
 * left of each rate. EC-CUBE rounds each rate's remainder on its own, which can leave the two off by a yen from
 * what the shopper pays; here the 8 % remainder is rounded half up and the 10 % one takes the rest, so the two
 * always add up to {@code total − points}. The tax inside is rounded down once per rate, as everywhere in Dozo.
 */
public final class PointsAllocation {
    private PointsAllocation() {
    }

    public static TaxBreakdown afterPoints(TaxBreakdown before, int points) {
        long total = before.total();
        if (points == 0 || total == 0) {
            return before;
        }
        long left = total - points;
        // round half up of subtotal8 × left / total, in integers: floor((2 × s8 × left + total) / (2 × total))
        int after8 = Math.toIntExact(Math.floorDiv(2 * before.subtotal8() * left + total, 2 * total));
        int after10 = Math.toIntExact(left - after8);
        return TaxBreakdown.of(after8, after10);
    }
}
