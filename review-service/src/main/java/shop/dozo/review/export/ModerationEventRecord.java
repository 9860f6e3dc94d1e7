package shop.dozo.review.export;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import shop.dozo.review.moderation.ModerationAction;
import shop.dozo.review.moderation.ModerationEvent;
import shop.dozo.review.review.ReviewStatus;
import shop.dozo.support.MultiLineText;

/** One moderation_event row for the shop archive. */
public record ModerationEventRecord(long id, long reviewId, String action, String fromStatus, String toStatus,
        @MultiLineText String reason, @MultiLineText String note, String actor, Instant createdAt) {

    private static final String UPSERT = """
            INSERT INTO moderation_event (id, review_id, action, from_status, to_status, reason, note, actor, created_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            ON DUPLICATE KEY UPDATE review_id = VALUES(review_id), action = VALUES(action),
                from_status = VALUES(from_status), to_status = VALUES(to_status), reason = VALUES(reason),
                note = VALUES(note), actor = VALUES(actor), created_at = VALUES(created_at)
            """;

    public static ModerationEventRecord of(ModerationEvent event) {
        return new ModerationEventRecord(event.id, event.reviewId, event.action.name(),
                event.fromStatus == null ? null : event.fromStatus.name(), event.toStatus.name(), event.reason,
                event.note, event.actor, event.createdAt);
    }

    void upsert(EntityManager em) {
        ModerationAction.valueOf(action);
        if (fromStatus != null) {
            ReviewStatus.valueOf(fromStatus);
        }
        ReviewStatus.valueOf(toStatus);
        Records.required(actor, "actor");
        Records.required(createdAt, "createdAt");
        Records.bind(em.createNativeQuery(UPSERT), id, reviewId, action, fromStatus, toStatus, reason, note, actor,
                createdAt).executeUpdate();
    }
}
