package shop.dozo.cart.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import shop.dozo.support.signin.PasswordThrottle;

/** Customer accounts: how long links and sessions last, how costly a password hash is, how many mails an hour. */
@ConfigMapping(prefix = "dozo.account")
public interface AccountConfig extends PasswordThrottle.Limits {
    /** The sign-up mail's link. */
    @WithDefault("PT24H")
    @DurationMin(minutes = 1)
    Duration verificationValidFor();

    /** The password-reset mail's link. */
    @WithDefault("PT1H")
    @DurationMin(minutes = 1)
    Duration resetValidFor();

    @WithDefault("P30D")
    @DurationMin(minutes = 1)
    Duration sessionValidFor();

    /** Link mails (verification, reset) to one address per hour; more are silently not sent (no mail bombing). */
    @WithDefault("3")
    @Min(1)
    int linksPerHour();

    /** bcrypt's cost (2^cost rounds); content-service uses 12 for staff. */
    @WithDefault("12")
    @Min(4)
    @Max(16)
    int bcryptCost();

    /** Wrong passwords slow down per (e-mail, client) and per client, as staff sign-in does; never a lock-out. */
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
