package shop.dozo.cart.cart;

import java.util.List;

/**
 * A cart as the shopper sees it, priced now from catalog-service. {@code itemsTotalYen} is tax-included;
 * {@code pricing} adds shipping, the cool-delivery fee and the tax per rate, by the rules checkout charges.
 * A line whose product is no longer for sale has {@code name == null}, {@code available == false}, and is in
 * no total.
 */
public record CartView(String token, List<Line> lines, int itemCount, int itemsTotalYen, boolean checkoutReady,
        CartPricing pricing) {

    /** @param availableQuantity what can be sold now; null when the product's stock is not limited */
    public record Line(String sku, String name, String nameEn, int unitPriceYen, int taxRate, boolean cool,
            int quantity, int lineTotalYen, boolean available, Integer availableQuantity) {
    }
}
