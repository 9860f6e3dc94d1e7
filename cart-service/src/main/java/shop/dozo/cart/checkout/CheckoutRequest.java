package shop.dozo.cart.checkout;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the shopper sends at checkout; the cart is in the path and prices come from catalog-service, never from
 * here. A Japanese delivery address: the postal code may be 〒123-4567, 123-4567 or 1234567 (full-width too),
 * the prefecture one of the 47.
 *
 * @param usePoints    optional: points to pay with (1 point = 1 yen), at most the balance and the total
 * @param campaignCode optional: a running campaign; without one the most generous running campaign applies
 */
public record CheckoutRequest(
        @NotBlank @Size(max = 100) String fullName,
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
        @Min(0) @Max(10_000_000) Integer usePoints,
        @Size(max = 40) String campaignCode) {

    public int points() {
        return usePoints == null ? 0 : usePoints;
    }
}
