package shop.dozo.cart.cart;

import java.util.List;

/**
 * A cart as the shopper sees it, priced now from catalog-service. {@code itemsTotalYen} is tax-included and
 * counts only lines that can be bought; shipping and the per-rate tax breakdown are worked out at checkout.
 * A line whose product is no longer for sale has {@code name == null} and {@code available == false}.
 */
public record CartView(String token, List<Line> lines, int itemCount, int itemsTotalYen, boolean checkoutReady) {

    /** @param availableQuantity what can be sold now; null when the product's stock is not limited */
    public record Line(String sku, String name, String nameEn, int unitPriceYen, int taxRate, boolean cool,
            int quantity, int lineTotalYen, boolean available, Integer availableQuantity) {
    }
}
