package shop.dozo.review.review;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import shop.dozo.review.abuse.PlainText;
import shop.dozo.support.MultiLineText;

/**
 * A shopper's review. {@code orderNumber} + {@code email} (both or neither) ask cart-service for a verified
 * purchase ({@link PurchasePair}). {@code website} is a honeypot: hidden in the form, so only robots fill it.
 * Every rule is a constraint here, so a refusal names all the invalid fields at once.
 */
@PurchasePair
public record ReviewRequest(
        @NotNull @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String sku,
        @NotNull @Min(1) @Max(5) Integer rating,
        @NotNull @PlainText(max = 100) String title,
        @NotNull @MultiLineText @PlainText(min = 10, max = 4000, multiline = true) String body,
        @NotNull @PlainText(max = 40) String nickname,
        @PlainText(min = 0, max = 64) String orderNumber,
        @Email @Size(max = 254) String email,
        String website) {
}
