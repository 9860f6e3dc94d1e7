package shop.dozo.cart.cart;

import java.util.List;

/**
 * A cart as the shopper sees it, priced now. {@code itemsTotalYen} is tax-included; shipping and the per-rate
 * tax breakdown are worked out at checkout.
 */
public record CartView(String token, List<Line> lines, int itemCount, int itemsTotalYen) {

    public record Line(String sku, String name, String nameEn, int unitPriceYen, int taxRate, boolean cool,
            int quantity, int lineTotalYen, boolean available) {
    }
}
