package shop.dozo.content.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import shop.dozo.support.signin.PasswordThrottle;

/**
 * Wrong passwords slow down per (account, client address) and per client address, never lock an account
 * ({@link LoginThrottle}): after the free failures each attempt waits {@code first-delay}, doubling up to
 * {@code max-delay}; failures older than {@code failure-window} are forgotten.
 */
@ConfigMapping(prefix = "dozo.auth")
public interface LoginThrottleConfig extends PasswordThrottle.Limits {
    @WithDefault("5")
    @Min(0)
    int freeFailures();

    @WithDefault("30")
    @Min(0)
    int freeFailuresPerClient();

    @WithDefault("PT2S")
    @DurationMin(millis = 1)
    Duration firstDelay();

    @WithDefault("PT15M")
    @DurationMin(millis = 1)
    Duration maxDelay();

    @WithDefault("PT15M")
    @DurationMin(seconds = 1)
    Duration failureWindow();
}
