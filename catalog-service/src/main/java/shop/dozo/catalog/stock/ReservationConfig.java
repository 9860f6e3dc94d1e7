package shop.dozo.catalog.stock;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Stock reservations, and when staff are told to reorder. Every {@code dozo.stock.*} property must be named here: SmallRye Config refuses a property
 * under a mapped prefix that maps to nothing (SRCFG00050).
 */
@ConfigMapping(prefix = "dozo.stock")
public interface ReservationConfig {
    /** How long reserved stock stays held for a checkout that neither commits nor releases it. */
    @WithDefault("PT15M")
    @DurationMin(millis = 1)
    Duration reservationTtl();

    /**
     * How often expired reservations give their stock back ({@link ReservationExpiry}; a scheduler period such as
     * {@code 30s}, or {@code off}). Read by its {@code @Scheduled} expression, which sees this default.
     */
    @WithDefault("30s")
    String expiryCheck();

    /** A product on sale with this many units or fewer is on the staff's low-stock list. */
    @WithDefault("5")
    @jakarta.validation.constraints.PositiveOrZero
    int reorderAt();
}
