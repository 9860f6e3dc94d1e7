package shop.dozo.storefront.cart;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The totals a shopper sees in the cart before ordering: items, shipping (free from a threshold), the cool
 * delivery fee, and the consumption tax contained per rate (8 % reduced for food, 10 % for the rest and for
 * shipping). The same rules as cart-service's checkout, which fixes the amount that is charged.
 */
@ApplicationScoped
public class CartTotals {

    @ConfigProperty(name = "dozo.shipping.flat-fee")
    int flatFee;

    @ConfigProperty(name = "dozo.shipping.free-from")
    int freeFrom;

    @ConfigProperty(name = "dozo.shipping.cool-fee")
    int coolFee;

    public record Totals(int itemsTotal, int shippingFee, int coolFee, int total, int subtotal8, int tax8,
            int subtotal10, int tax10, int toFreeShipping) {

        public boolean freeShipping() {
            return shippingFee == 0;
        }
    }

    public Totals of(CartView cart) {
        return compute(cart, flatFee, freeFrom, coolFee);
    }

    static Totals compute(CartView cart, int flatFee, int freeFrom, int coolFee) {
        int at8 = 0;
        int at10 = 0;
        boolean cool = false;
        for (CartView.Line line : cart.lines()) {
            if (line.name() == null) {
                continue; // no longer sold: not part of any order
            }
            if (line.taxRate() == 8) {
                at8 += line.lineTotalYen();
            } else {
                at10 += line.lineTotalYen();
            }
            cool |= line.cool();
        }
        int items = at8 + at10;
        int shipping = items == 0 || items >= freeFrom ? 0 : flatFee;
        int coolCharge = cool ? coolFee : 0;
        int taxed10 = at10 + shipping + coolCharge;
        return new Totals(items, shipping, coolCharge, items + shipping + coolCharge, at8, contained(at8, 8), taxed10,
                contained(taxed10, 10), Math.max(0, freeFrom - items));
    }

    /** The tax inside a tax-included amount, rounded down once per rate (qualified-invoice rules). */
    static int contained(int taxIncluded, int rate) {
        return Math.floorDiv(taxIncluded * rate, 100 + rate);
    }
}
