package shop.dozo.cart.points;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** Times carry their offset, e.g. 2026-07-01T00:00:00+09:00, so "July in Japan" means what it says. */
public record CampaignRequest(
        @NotBlank @Pattern(regexp = shop.dozo.cart.CartIds.CAMPAIGN_CODE,
                message = "2 to 40 letters, digits or hyphens") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(1) @Max(100) Integer pointsMultiplier,
        @NotNull OffsetDateTime startsAt,
        @NotNull OffsetDateTime endsAt) {
}
