package shop.dozo.review.moderation;

import jakarta.validation.constraints.NotNull;
import shop.dozo.review.abuse.PlainText;
import shop.dozo.support.MultiLineText;

/** The small bodies of staff moderation calls. */
public final class ModerationRequests {
    private ModerationRequests() {
    }

    /** Approve or withdraw: the reason is optional. */
    public record Note(@MultiLineText @PlainText(min = 0, max = 500, multiline = true) String reason) {
    }

    public record Rejection(@NotNull @MultiLineText @PlainText(max = 500, multiline = true) String reason) {
    }

    public record Reply(@NotNull @MultiLineText @PlainText(max = 4000, multiline = true) String body) {
    }
}
