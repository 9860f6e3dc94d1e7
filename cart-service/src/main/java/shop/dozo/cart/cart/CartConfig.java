package shop.dozo.cart.cart;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

@ConfigMapping(prefix = "dozo.cart")
public interface CartConfig {
    /** How many different products one cart may hold. */
    @WithDefault("50")
    @Min(1)
    int maxLines();
}
