package shop.dozo.storefront.cart;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A cart as cart-service prices it now, {@code pricing} included: the storefront shows cart-service's amounts and
 * works out none itself. A line whose product is no longer for sale has no name, is not available, and is in no
 * total.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CartView(String token, List<Line> lines, int itemCount, int itemsTotalYen, Pricing pricing) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String sku, String name, String nameEn, int unitPriceYen, int taxRate, boolean cool,
            int quantity, int lineTotalYen, boolean available) {
    }

    /** Tax-included yen; {@code taxes} holds the tax contained per rate (8 % and 10 %, shipping at 10 %). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pricing(int itemsTotalYen, int shippingFeeYen, int coolFeeYen, int totalYen, List<Tax> taxes,
            int toFreeShippingYen) {
        static final Pricing NONE = new Pricing(0, 0, 0, 0, List.of(), 0);

        public boolean freeShipping() {
            return shippingFeeYen == 0;
        }

        public Tax tax8() {
            return Tax.at(taxes, 8);
        }

        public Tax tax10() {
            return Tax.at(taxes, 10);
        }
    }

    public static CartView empty() {
        return new CartView(null, List.of(), 0, 0, Pricing.NONE);
    }

    @Override
    public Pricing pricing() {
        return pricing == null ? Pricing.NONE : pricing;
    }

    public boolean isEmpty() {
        return lines == null || lines.isEmpty();
    }

    /** Checkout is refused while any line cannot be bought as it is. */
    public boolean checkoutReady() {
        return !isEmpty() && lines.stream().allMatch(Line::available);
    }
}
