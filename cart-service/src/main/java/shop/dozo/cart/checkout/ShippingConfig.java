package shop.dozo.cart.checkout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/**
 * Shipping, tax-included yen (demo values from shop.json): a flat fee, free when the item total reaches
 * {@code free-from}, and a surcharge when any line needs cool delivery. Shipping and the surcharge are taxed at 10 %.
 */
@ConfigMapping(prefix = "dozo.shipping")
public interface ShippingConfig {
    @WithDefault("770")
    @Min(0)
    int flatFee();

    @WithDefault("5500")
    @Min(0)
    int freeFrom();

    @WithDefault("330")
    @Min(0)
    int coolFee();
}
