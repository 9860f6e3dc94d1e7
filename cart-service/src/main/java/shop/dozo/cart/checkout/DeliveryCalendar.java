package shop.dozo.cart.checkout;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When a parcel can arrive, worked out in Japan time. An order's day is today, or tomorrow from the cut-off hour
 * on; the shop sends the parcel on the first day it works from then (not a closed weekday, not a listed holiday);
 * the carrier delivers {@code leadDays} later on any day, weekends included. Shoppers may choose from that
 * earliest date to {@code windowDays} after it, and one of the slots the shop offers.
 */
public record DeliveryCalendar(int leadDays, int cutOffHour, Set<DayOfWeek> closedDays, Set<LocalDate> holidays,
        int windowDays, List<String> slots) {
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** Every slot Japanese carriers offer: 午前中, then two-hour windows. */
    public static final List<String> CARRIER_SLOTS = List.of("am", "14-16", "16-18", "18-20", "19-21");

    public DeliveryCalendar {
        closedDays = Set.copyOf(closedDays);
        holidays = Set.copyOf(holidays);
        slots = List.copyOf(slots);
        if (closedDays.size() == 7) {
            throw new IllegalArgumentException("dozo.delivery.closed-days closes every weekday: nothing would ship");
        }
        for (String slot : slots) {
            if (!CARRIER_SLOTS.contains(slot)) {
                throw new IllegalArgumentException("dozo.delivery.slots: " + slot + " is none of " + CARRIER_SLOTS);
            }
        }
    }

    public record Day(LocalDate date, boolean shopClosed) {
    }

    public boolean shopWorks(LocalDate day) {
        return !closedDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    public LocalDate today(Instant now) {
        return now.atZone(JAPAN).toLocalDate();
    }

    /** The day the shop sends a parcel ordered now. Terminates: at least one weekday is open, holidays are few. */
    public LocalDate shippingDay(Instant now) {
        ZonedDateTime japan = now.atZone(JAPAN);
        LocalDate day = japan.getHour() >= cutOffHour ? japan.toLocalDate().plusDays(1) : japan.toLocalDate();
        while (!shopWorks(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public LocalDate earliest(Instant now) {
        return shippingDay(now).plusDays(leadDays);
    }

    public LocalDate latest(Instant now) {
        return earliest(now).plusDays(windowDays);
    }

    /** The dates a shopper may choose, with the shop's own closed days marked (the carrier still delivers). */
    public List<Day> selectable(Instant now) {
        List<Day> days = new ArrayList<>();
        for (LocalDate day = earliest(now); !day.isAfter(latest(now)); day = day.plusDays(1)) {
            days.add(new Day(day, !shopWorks(day)));
        }
        return days;
    }

    /** Why this date cannot be chosen now, or empty when it can. */
    public Optional<String> dateRefusal(LocalDate date, Instant now) {
        if (date.isBefore(today(now))) {
            return Optional.of("this date has passed; choose from " + earliest(now) + " to " + latest(now));
        }
        if (date.isBefore(earliest(now))) {
            return Optional.of("the earliest delivery date is " + earliest(now));
        }
        if (date.isAfter(latest(now))) {
            return Optional.of("the latest delivery date is " + latest(now));
        }
        return Optional.empty();
    }

    /** Why this slot cannot be chosen, or empty when it can. */
    public Optional<String> slotRefusal(String slot) {
        if (!CARRIER_SLOTS.contains(slot)) {
            return Optional.of("unknown time slot; one of " + String.join(", ", slots));
        }
        if (!slots.contains(slot)) {
            return Optional.of("this time slot is not available; one of " + String.join(", ", slots));
        }
        return Optional.empty();
    }
}
