package shop.dozo.cart.tax;

import java.util.List;

/**
 * What an order costs: items, shipping (free from a threshold), the cool-delivery surcharge when any item needs
 * it, and the per-rate tax breakdown. Shipping and the surcharge are services taxed at the standard 10 %.
 */
public record OrderPricing(int itemsTotal, int shippingFee, int coolFee, int total, TaxBreakdown tax) {

    public record Line(int unitPrice, int taxRate, int quantity, boolean cool) {
        int total() {
            return Math.multiplyExact(unitPrice, quantity);
        }
    }

    public record ShippingRules(int flatFee, int freeFrom, int coolFee) {

        /** Nothing to send costs nothing; an order itself is never empty (checkout refuses that). */
        public int shippingFee(int itemsTotal) {
            return itemsTotal == 0 || itemsTotal >= freeFrom ? 0 : flatFee;
        }

        public int toFreeShipping(int itemsTotal) {
            return Math.max(0, freeFrom - itemsTotal);
        }
    }

    /** The only rates Japanese consumption tax has: 8 % (reduced, food) and 10 % (standard). */
    public static boolean knownRate(int taxRate) {
        return taxRate == 8 || taxRate == 10;
    }

    public static OrderPricing of(List<Line> lines, ShippingRules rules) {
        int at8 = 0;
        int at10 = 0;
        for (Line line : lines) {
            if (line.taxRate() == 8) {
                at8 = Math.addExact(at8, line.total());
            } else if (line.taxRate() == 10) {
                at10 = Math.addExact(at10, line.total());
            } else {
                throw new IllegalArgumentException("Unknown tax rate " + line.taxRate());
            }
        }
        int items = at8 + at10;
        int shipping = rules.shippingFee(items);
        int cool = lines.stream().anyMatch(Line::cool) ? rules.coolFee() : 0;
        TaxBreakdown tax = TaxBreakdown.of(at8, at10 + shipping + cool);
        return new OrderPricing(items, shipping, cool, items + shipping + cool, tax);
    }
}
