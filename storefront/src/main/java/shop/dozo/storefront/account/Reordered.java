package shop.dozo.storefront.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import shop.dozo.storefront.cart.CartView;

/** A re-order: the cart the order's products went into, and those that could not (no longer sold, sold out). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Reordered(CartView cart, List<Unavailable> unavailable) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unavailable(String sku, String name, String reason) {
    }

    public List<Unavailable> missing() {
        return unavailable == null ? List.of() : unavailable;
    }
}
