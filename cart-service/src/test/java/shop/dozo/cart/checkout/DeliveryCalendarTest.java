package shop.dozo.cart.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The earliest delivery date across the cut-off hour, a weekend and a shop holiday, in Japan time. December 2026:
 * Thu 10, Fri 11, Sat 12, Sun 13, Mon 14 (the shop's holiday here), Tue 15, Wed 16, Thu 17.
 */
class DeliveryCalendarTest {
    private static final DeliveryCalendar CALENDAR = new DeliveryCalendar(2, 12,
            Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of(LocalDate.of(2026, 12, 14)), 14,
            DeliveryCalendar.CARRIER_SLOTS);

    @Test
    void afterTheCutOffOnFridayTheParcelWaitsForTheWeekendAndTheHoliday() {
        // Fri 11 13:00 JST (04:00 UTC) is past the 12:00 cut-off → counts as Sat 12; Sat, Sun closed, Mon 14 a
        // holiday → sent Tue 15; + 2 days → earliest Thu 17; latest 17 + 14 = Thu 31.
        Instant now = Instant.parse("2026-12-11T04:00:00Z");
        assertEquals(LocalDate.of(2026, 12, 15), CALENDAR.shippingDay(now));
        assertEquals(LocalDate.of(2026, 12, 17), CALENDAR.earliest(now));
        assertEquals(LocalDate.of(2026, 12, 31), CALENDAR.latest(now));
    }

    @Test
    void beforeTheCutOffItLeavesTheSameDay() {
        // Fri 11 11:59 JST (02:59 UTC) → sent Fri 11; + 2 → Sun 13 (the carrier delivers on Sundays).
        assertEquals(LocalDate.of(2026, 12, 13), CALENDAR.earliest(Instant.parse("2026-12-11T02:59:00Z")));
    }

    @Test
    void theCutOffIsJapansHourNotUtcs() {
        // Fri 11 03:00 UTC is Fri 12:00 in Japan: the cut-off itself → Tue 15 → Thu 17. (Read in UTC, 03:00 would
        // be before the cut-off and give Sun 13.)
        assertEquals(LocalDate.of(2026, 12, 17), CALENDAR.earliest(Instant.parse("2026-12-11T03:00:00Z")));
        // Thu 10 15:30 UTC is already Fri 11 00:30 in Japan.
        assertEquals(LocalDate.of(2026, 12, 11), CALENDAR.today(Instant.parse("2026-12-10T15:30:00Z")));
    }

    @Test
    void refusesPastEarlyAndLateDates() {
        Instant now = Instant.parse("2026-12-11T04:00:00Z"); // earliest Thu 17, latest Thu 31
        assertTrue(CALENDAR.dateRefusal(LocalDate.of(2026, 12, 10), now).orElseThrow().contains("passed"));
        assertEquals("the earliest delivery date is 2026-12-17",
                CALENDAR.dateRefusal(LocalDate.of(2026, 12, 16), now).orElseThrow());
        assertEquals("the latest delivery date is 2026-12-31",
                CALENDAR.dateRefusal(LocalDate.of(2027, 1, 1), now).orElseThrow());
        assertTrue(CALENDAR.dateRefusal(LocalDate.of(2026, 12, 17), now).isEmpty());
        assertTrue(CALENDAR.dateRefusal(LocalDate.of(2026, 12, 31), now).isEmpty());
    }

    @Test
    void selectableDatesMarkTheShopsClosedDays() {
        List<DeliveryCalendar.Day> days = CALENDAR.selectable(Instant.parse("2026-12-11T04:00:00Z"));
        assertEquals(15, days.size(), "17 to 31 December");
        assertEquals(new DeliveryCalendar.Day(LocalDate.of(2026, 12, 17), false), days.get(0));
        assertEquals(new DeliveryCalendar.Day(LocalDate.of(2026, 12, 19), true), days.get(2), "a Saturday");
    }

    @Test
    void slotsTheCarrierHasAndTheShopOffers() {
        DeliveryCalendar noMornings = new DeliveryCalendar(2, 12, Set.of(), Set.of(), 14,
                List.of("14-16", "16-18", "18-20", "19-21"));
        assertTrue(noMornings.slotRefusal("14-16").isEmpty());
        assertTrue(noMornings.slotRefusal("am").orElseThrow().startsWith("this time slot is not available"));
        assertTrue(noMornings.slotRefusal("20-21").orElseThrow().startsWith("unknown time slot"));
    }
}
