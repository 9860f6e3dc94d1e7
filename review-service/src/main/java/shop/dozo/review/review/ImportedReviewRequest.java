package shop.dozo.review.review;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import shop.dozo.review.abuse.PlainText;
import shop.dozo.support.MultiLineText;

/**
 * A review staff bring in as it is (demo seeding, a move from another shop system). {@code externalId} makes it
 * idempotent; {@code author} is accepted for {@code nickname}, so demo/shop.json reviews can be sent unchanged.
 */
public record ImportedReviewRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{1,100}",
                message = "1 to 100 letters, digits, '.', '_', ':' or '-'") String externalId,
        @NotNull @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String sku,
        @NotNull @Min(1) @Max(5) Integer rating,
        @NotNull @PlainText(max = 100) String title,
        @NotNull @MultiLineText @PlainText(max = 4000, multiline = true) String body,
        @NotNull @JsonAlias("author") @PlainText(max = 40) String nickname,
        @Pattern(regexp = "approved|pending", message = "approved (the default) or pending") String status,
        Boolean verifiedPurchase,
        @PastOrPresent Instant createdAt) {
}
