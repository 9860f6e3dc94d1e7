package shop.dozo.cart.checkout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

/**
 * The shopper's choices at checkout, checked against the rules that depend on now (the delivery calendar) and
 * normalised: the address, フリガナ in katakana, the delivery date and slot (null = 指定なし), the mail language.
 * Bean Validation has refused malformed fields already; this names every remaining problem at once.
 */
record CheckoutChoices(OrderDraft.Delivery address, String kana, LocalDate deliveryDate, String deliverySlot,
        LocalDate earliestDate, String lang) {

    static CheckoutChoices checked(CheckoutRequest request, DeliveryCalendar calendar, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        OrderDraft.Delivery address = null;
        try {
            address = Addresses.checked(request);
        } catch (ProblemException e) {
            errors.addAll(e.problem().fieldErrors());
        }
        String kana = Kana.normalise(request.fullNameKana()).orElse(null);
        if (kana == null) {
            errors.add(new Problem.FieldError("fullNameKana", AddressPart.Kind.KANA.expected));
        }
        LocalDate date = null;
        if (request.deliveryDate() != null && !request.deliveryDate().isBlank()) {
            try {
                date = LocalDate.parse(request.deliveryDate().strip());
                calendar.dateRefusal(date, now)
                        .ifPresent(reason -> errors.add(new Problem.FieldError("deliveryDate", reason)));
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("deliveryDate", "no such date; a date like 2026-12-10"));
            }
        }
        String slot = request.deliverySlot() == null || request.deliverySlot().isBlank() ? null
                : request.deliverySlot().strip();
        if (slot != null) {
            calendar.slotRefusal(slot).ifPresent(reason -> errors.add(new Problem.FieldError("deliverySlot", reason)));
        }
        if (request.wantsNewsletter()
                && (request.newsletterWording() == null || request.newsletterWording().isBlank())) {
            // 特定電子メール法: the opt-in is recorded with the exact wording the shopper agreed to.
            errors.add(
                    new Problem.FieldError("newsletterWording", "send the wording shown next to the newsletter box"));
        }
        if (!Boolean.TRUE.equals(request.privacyConsent())) { // for callers that skipped validation
            errors.add(new Problem.FieldError("privacyConsent", "agree to the privacy policy to order"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Invalid request", "Please check the marked fields.")
                    .withErrors(errors));
        }
        return new CheckoutChoices(address, kana, date, slot, calendar.earliest(now), request.language());
    }
}
