package shop.dozo.cart.checkout;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where and how to deliver. A Japanese address: 〒123-4567, prefecture, city, street. */
public record CheckoutRequest(
        @NotBlank @Size(max = 100) String fullName,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Pattern(regexp = "〒?\\s?\\d{3}-?\\d{4}", message = "a postal code like 123-4567") String postalCode,
        @NotBlank @Size(max = 10) String prefecture,
        @NotBlank @Size(max = 100) String city,
        @NotBlank @Size(max = 200) String street,
        @NotBlank @Pattern(regexp = "\\+?[0-9][0-9-]{8,18}", message = "a phone number like 03-1234-5678") String phone,
        @NotBlank @Pattern(regexp = "bank_transfer|cash_on_delivery", message = "bank_transfer or cash_on_delivery")
        String paymentMethod,
        @jakarta.validation.constraints.PositiveOrZero @jakarta.validation.constraints.Max(10_000_000) Integer usePoints) {

    public int pointsToUse() {
        return usePoints == null ? 0 : usePoints;
    }


    /** 〒123-4567, 1234567 and 123-4567 are the same code. */
    public String normalisedPostalCode() {
        String digits = postalCode.replaceAll("[^0-9]", "");
        return digits.substring(0, 3) + "-" + digits.substring(3);
    }
}
