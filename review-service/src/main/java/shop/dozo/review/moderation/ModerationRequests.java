package shop.dozo.review.moderation;

import jakarta.validation.constraints.NotNull;
import shop.dozo.review.abuse.PlainText;

/** The small bodies of staff moderation calls. */
public final class ModerationRequests {
    private ModerationRequests() {
    }

    /** Approve or withdraw: the reason is optional. */
    public record Note(@PlainText(min = 0, max = 500, multiline = true) String reason) {
    }

    public record Rejection(@NotNull @PlainText(max = 500, multiline = true) String reason) {
    }

    public record Reply(@NotNull @PlainText(max = 4000, multiline = true) String body) {
    }
}
