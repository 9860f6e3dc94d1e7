package shop.dozo.cart.tax;

import java.util.List;
import java.util.Map;

/**
 * What an order costs, the one place that works it out: items, shipping (per prefecture, free from a threshold),
 * the cool surcharge per cool parcel, the cash-on-delivery fee, the per-rate tax breakdown, and the same breakdown
 * after points ({@link PointsAllocation}). Shipping, the cool surcharge and the COD fee are services taxed at the
 * standard 10 %. {@code total} is before points; {@code amountDue()} is what the shopper pays.
 */
public record OrderPricing(int itemsTotal, int shippingFee, int coolFee, int codFee, int total, TaxBreakdown tax,
        int pointsUsed, TaxBreakdown afterPoints) {

    public record Line(int unitPrice, int taxRate, int quantity, boolean cool) {
        int total() {
            return Math.multiplyExact(unitPrice, quantity);
        }
    }

    /**
     * What the order is sent and paid with. A cart does not know yet: {@link #CART} prices it at the base fee,
     * without COD and points, so the cart page shows the cheapest case and checkout the real one.
     */
    public record Charges(String prefecture, boolean cashOnDelivery, int points) {
        public static final Charges CART = new Charges(null, false, 0);
    }

    /**
     * Shipping, tax-included yen: {@code flatFee} for every prefecture {@code prefectureFees} does not name, free
     * when the item total reaches {@code freeFrom}; {@code coolFee} per cool parcel of at most
     * {@code coolParcelCapacity} cool units (cool goods travel in their own chilled box, and a box holds so many).
     */
    public record ShippingRules(int flatFee, Map<String, Integer> prefectureFees, int freeFrom, int coolFee,
            int coolParcelCapacity) {

        public ShippingRules {
            prefectureFees = Map.copyOf(prefectureFees);
            if (coolParcelCapacity < 1) {
                throw new IllegalArgumentException("a cool parcel holds at least one unit");
            }
        }

        /** One fee everywhere, one cool parcel for any number of units: the rules before per-prefecture fees. */
        public ShippingRules(int flatFee, int freeFrom, int coolFee) {
            this(flatFee, Map.of(), freeFrom, coolFee, Integer.MAX_VALUE);
        }

        public int feeTo(String prefecture) {
            return prefecture == null ? flatFee : prefectureFees.getOrDefault(prefecture, flatFee);
        }

        /** Nothing to send costs nothing; an order itself is never empty (checkout refuses that). */
        public int shippingFee(int itemsTotal, String prefecture) {
            return itemsTotal == 0 || itemsTotal >= freeFrom ? 0 : feeTo(prefecture);
        }

        public int shippingFee(int itemsTotal) {
            return shippingFee(itemsTotal, null);
        }

        public int coolParcels(int coolUnits) {
            return coolUnits == 0 ? 0 : (coolUnits - 1) / coolParcelCapacity + 1; // ceil without overflow
        }

        public int toFreeShipping(int itemsTotal) {
            return Math.max(0, freeFrom - itemsTotal);
        }
    }

    /** The only rates Japanese consumption tax has: 8 % (reduced, food) and 10 % (standard). */
    public static boolean knownRate(int taxRate) {
        return taxRate == 8 || taxRate == 10;
    }

    public int amountDue() {
        return total - pointsUsed;
    }

    /** A cart's figures: base shipping fee, no COD, no points. */
    public static OrderPricing of(List<Line> lines, ShippingRules rules) {
        return of(lines, rules, CashOnDelivery.NONE, Charges.CART);
    }

    /**
     * An order's figures. Points never exceed the total (checkout refuses more); the COD fee is charged on what
     * the carrier collects before the fee; an amount over the COD limit is refused by the caller
     * ({@link CashOnDelivery#refusal}), here it is an error.
     */
    public static OrderPricing of(List<Line> lines, ShippingRules rules, CashOnDelivery cod, Charges charges) {
        int at8 = 0;
        int at10 = 0;
        int coolUnits = 0;
        for (Line line : lines) {
            if (line.taxRate() == 8) {
                at8 = Math.addExact(at8, line.total());
            } else if (line.taxRate() == 10) {
                at10 = Math.addExact(at10, line.total());
            } else {
                throw new IllegalArgumentException("Unknown tax rate " + line.taxRate());
            }
            coolUnits = line.cool() ? Math.addExact(coolUnits, line.quantity()) : coolUnits;
        }
        int items = at8 + at10;
        int shipping = rules.shippingFee(items, charges.prefecture());
        int cool = Math.multiplyExact(rules.coolParcels(coolUnits), rules.coolFee());
        int beforeCod = items + shipping + cool;
        if (charges.points() < 0 || charges.points() > beforeCod) {
            throw new IllegalArgumentException("points must be 0 to the order's total, not " + charges.points());
        }
        int codFee = charges.cashOnDelivery() ? cod.feeFor(beforeCod - charges.points()) : 0;
        int total = beforeCod + codFee;
        TaxBreakdown tax = TaxBreakdown.of(at8, at10 + shipping + cool + codFee);
        return new OrderPricing(items, shipping, cool, codFee, total, tax, charges.points(),
                PointsAllocation.afterPoints(tax, charges.points()));
    }
}
