package shop.dozo.cart.checkout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** When parcels can arrive ({@link DeliveryCalendar}); days and hours are in Japan. */
@ConfigMapping(prefix = "dozo.delivery")
public interface DeliveryConfig {
    /** Days the carrier takes from the day the shop sends the parcel. */
    @WithDefault("2")
    @Min(1)
    int leadDays();

    /** Orders from this hour on are sent on the next day the shop works. */
    @WithDefault("12")
    @Min(0)
    @Max(24)
    int cutOffHour();

    /** Weekdays the shop does not send parcels. */
    @WithDefault("SATURDAY,SUNDAY")
    List<DayOfWeek> closedDays();

    /** Further days the shop does not send parcels (holidays, 2026-12-29, ...). */
    Optional<List<LocalDate>> holidays();

    /** How many days after the earliest one a shopper may choose. */
    @WithDefault("14")
    @Min(0)
    int windowDays();

    /** The carrier's slots the shop offers, out of {@code am, 14-16, 16-18, 18-20, 19-21}. */
    @WithDefault("am,14-16,16-18,18-20,19-21")
    List<String> slots();
}
