package shop.dozo.cart.contact;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** How many contact messages one client address may send in the window before 429. */
@ConfigMapping(prefix = "dozo.contact")
public interface ContactConfig {
    @WithDefault("5")
    @Min(1)
    int maxPerClient();

    @WithDefault("1h")
    Duration window();
}
