package shop.dozo.cart.lookup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Order lookup (number + e-mail): a client address may miss {@code max-failures-per-client} times, an e-mail
 * {@code max-failures-per-email} times, in the window; then 429 with Retry-After ({@link LookupThrottle}). Every
 * lookup answer takes at least {@code min-time}, found or not ({@code OrderResource}).
 */
@ConfigMapping(prefix = "dozo.order.lookup")
public interface OrderLookupConfig {
    @WithDefault("5")
    @Min(1)
    int maxFailuresPerEmail();

    @WithDefault("10")
    @Min(1)
    int maxFailuresPerClient();

    @WithDefault("PT10M")
    @DurationMin(seconds = 1)
    Duration window();

    @WithDefault("PT0.25S")
    @DurationMin(millis = 0)
    Duration minTime();
}
