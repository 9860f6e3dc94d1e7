package shop.dozo.cart.checkout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/** Idempotent checkouts ({@link IdempotencyKeys}) and what a shopper agrees to. */
@ConfigMapping(prefix = "dozo.checkout")
public interface CheckoutConfig {
    /** A claimed Idempotency-Key whose checkout has not finished after this is taken over by a retry (its process died). */
    @WithDefault("PT2M")
    @DurationMin(seconds = 1)
    Duration lease();

    /** How long a concurrent retry waits for the running checkout before answering 409. */
    @WithDefault("PT15S")
    @DurationMin(millis = 0)
    Duration inProgressWait();

    /** The privacy policy's version shoppers agree to; stored with each order's consent. Change it with the policy. */
    @WithDefault("2026-12-01")
    @NotBlank
    String privacyPolicyVersion();
}
