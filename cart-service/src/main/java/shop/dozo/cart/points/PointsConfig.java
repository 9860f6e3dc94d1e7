package shop.dozo.cart.points;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Points earned and their expiry. Every {@code dozo.points.*} property must be named here: SmallRye Config refuses
 * a property under a mapped prefix that maps to nothing (SRCFG00050).
 */
@ConfigMapping(prefix = "dozo.points")
public interface PointsConfig {
    /** Points earned: this percent of the tax-included item total, times the running campaign's multiplier. */
    @WithDefault("1")
    @Min(0)
    @Max(100)
    int percent();

    /**
     * When an order's points join the balance: {@code paid-or-shipped} (a bank transfer when it is paid, cash on
     * delivery when it is shipped; until then they are pending) or {@code placed} (at once, the old behaviour).
     */
    @WithDefault("paid-or-shipped")
    CreditWhen creditWhen();

    enum CreditWhen {
        PAID_OR_SHIPPED, PLACED
    }

    /** Points expire after this many days without earning or using any; 0: never. */
    @WithDefault("365")
    @Min(0)
    int expireAfterDays();

    /** How often the expiry runs ({@link PointsExpiry}'s {@code @Scheduled} expression; {@code off} in tests). */
    @WithDefault("6h")
    String expiryEvery();
}
