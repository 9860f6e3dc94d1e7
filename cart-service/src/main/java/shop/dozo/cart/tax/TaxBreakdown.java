package shop.dozo.cart.tax;

/**
 * Japanese consumption tax on tax-included prices, per the qualified-invoice rules: per rate, the subtotal of
 * everything charged at that rate, and the tax it contains, rounded down once per rate per order.
 */
public record TaxBreakdown(int subtotal8, int tax8, int subtotal10, int tax10) {

    public static TaxBreakdown of(int taxIncluded8, int taxIncluded10) {
        return new TaxBreakdown(taxIncluded8, containedTax(taxIncluded8, 8), taxIncluded10,
                containedTax(taxIncluded10, 10));
    }

    /** The tax inside a tax-included amount: floor(amount × rate / (100 + rate)). */
    static int containedTax(int taxIncluded, int rate) {
        return Math.toIntExact(Math.floorDiv((long) taxIncluded * rate, 100 + rate));
    }

    public int total() {
        return subtotal8 + subtotal10;
    }
}
