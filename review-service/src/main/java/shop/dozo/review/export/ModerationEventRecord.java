package shop.dozo.review.export;

import java.time.Instant;
import shop.dozo.review.moderation.ModerationEvent;

/** One moderation_event row for the shop archive. */
public record ModerationEventRecord(long id, long reviewId, String action, String fromStatus, String toStatus,
        String reason, String note, String actor, Instant createdAt) {

    public static ModerationEventRecord of(ModerationEvent event) {
        return new ModerationEventRecord(event.id, event.reviewId, event.action.name(),
                event.fromStatus == null ? null : event.fromStatus.name(), event.toStatus.name(), event.reason,
                event.note, event.actor, event.createdAt);
    }
}
