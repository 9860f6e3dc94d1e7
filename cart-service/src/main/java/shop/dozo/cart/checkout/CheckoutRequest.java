package shop.dozo.cart.checkout;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the shopper sends at checkout (and to the quote); the cart is in the path and prices come from
 * catalog-service, never from here. A Japanese delivery address: the postal code may be 〒123-4567, 123-4567 or
 * 1234567 (full-width too), the prefecture one of the 47.
 *
 * @param fullNameKana      フリガナ: hiragana becomes katakana; only katakana, ー and spaces
 * @param deliveryDate      {@code 2026-12-10}, or empty for the earliest possible (指定なし)
 * @param deliverySlot      {@code am}, {@code 14-16}, {@code 16-18}, {@code 18-20}, {@code 19-21}, or empty (指定なし)
 * @param privacyConsent    must be true: the consent is recorded with the order and the policy's version
 * @param newsletter        optional opt-in; {@code newsletterWording} is the exact text shown next to the box
 * @param lang              {@code ja} (default) or {@code en}: the language of the order's mails
 * @param usePoints         optional: points to pay with (1 point = 1 yen), at most the balance and the total
 * @param campaignCode      optional: a running campaign; without one the most generous running campaign applies
 */
public record CheckoutRequest(
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Size(max = 100) @AddressPart(AddressPart.Kind.KANA) String fullNameKana,
        @NotBlank @Email
        @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "an address like hanako@example.jp")
        @Size(max = 254) String email,
        @NotBlank @Size(max = 20) @AddressPart(AddressPart.Kind.POSTAL_CODE) String postalCode,
        @NotBlank @Size(max = 10) @AddressPart(AddressPart.Kind.PREFECTURE) String prefecture,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 200) String street,
        @NotBlank @Size(max = 30) @AddressPart(AddressPart.Kind.PHONE) String phone,
        @NotBlank @Pattern(regexp = "bank_transfer|cash_on_delivery",
                message = "bank_transfer or cash_on_delivery") String paymentMethod,
        @Size(max = 10) @Pattern(regexp = "(\\d{4}-\\d{2}-\\d{2})?",
                message = "a date like 2026-12-10, or empty for the earliest") String deliveryDate,
        @Size(max = 10) @Pattern(regexp = "(am|14-16|16-18|18-20|19-21)?",
                message = "unknown time slot; one of am, 14-16, 16-18, 18-20, 19-21, or empty") String deliverySlot,
        @NotNull(message = "agree to the privacy policy to order")
        @AssertTrue(message = "agree to the privacy policy to order") Boolean privacyConsent,
        Boolean newsletter,
        @Size(max = 500) String newsletterWording,
        @Size(max = 2) @Pattern(regexp = "(ja|en)?", message = "ja or en") String lang,
        @Min(0) @Max(10_000_000) Integer usePoints,
        @Size(max = 40) String campaignCode) {

    public int points() {
        return usePoints == null ? 0 : usePoints;
    }

    public boolean cashOnDelivery() {
        return "cash_on_delivery".equals(paymentMethod);
    }

    public String language() {
        return lang == null || lang.isBlank() ? "ja" : lang;
    }

    public boolean wantsNewsletter() {
        return Boolean.TRUE.equals(newsletter);
    }
}
