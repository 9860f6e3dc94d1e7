package shop.dozo.cart;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import shop.dozo.support.IdShapes;
import shop.dozo.support.Sku;

/**
 * The shapes of the ids in cart-service's paths. Order numbers are not here: shoppers type them loosely and
 * {@code CustomerOrder.findByNumber} normalises them first.
 */
public class CartIds {
    public static final String CART_TOKEN = "[A-Za-z0-9_-]{43}";
    public static final String CAMPAIGN_CODE = "[A-Za-z0-9-]{2,40}";

    @Produces
    @Singleton
    IdShapes shapes() {
        return new IdShapes()
                .id("sku", Sku.PATTERN, Sku.MAX_LENGTH, Sku.MESSAGE)
                .id("token", CART_TOKEN, 43, "a cart token")
                .id("code", CAMPAIGN_CODE, 40, "a campaign code");
    }
}
