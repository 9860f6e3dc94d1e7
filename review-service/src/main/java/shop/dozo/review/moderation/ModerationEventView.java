package shop.dozo.review.moderation;

import java.time.Instant;
import java.util.Locale;

/** A line of a review's history, as staff and the shop archive see it. */
public record ModerationEventView(long id, long reviewId, String action, String fromStatus, String toStatus,
        String reason, String note, String actor, Instant createdAt) {

    public static ModerationEventView of(ModerationEvent event) {
        return new ModerationEventView(event.id, event.reviewId, event.action.name().toLowerCase(Locale.ROOT),
                event.fromStatus == null ? null : event.fromStatus.json(), event.toStatus.json(), event.reason,
                event.note, event.actor, event.createdAt);
    }
}
