package shop.dozo.storefront.cart;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A cart as cart-service prices it now. A line whose product is no longer for sale has no name and is not
 * available.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CartView(String token, List<Line> lines, int itemCount, int itemsTotalYen) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String sku, String name, String nameEn, int unitPriceYen, int taxRate, boolean cool,
            int quantity, int lineTotalYen, boolean available) {
    }

    public static CartView empty() {
        return new CartView(null, List.of(), 0, 0);
    }

    public boolean isEmpty() {
        return lines == null || lines.isEmpty();
    }

    /** Checkout is refused while any line cannot be bought as it is. */
    public boolean checkoutReady() {
        return !isEmpty() && lines.stream().allMatch(Line::available);
    }
}
