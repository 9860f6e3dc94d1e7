package shop.dozo.review.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import shop.dozo.review.moderation.ModerationAction;
import shop.dozo.review.moderation.ModerationEvent;

/** Writes a new review and the first line of its history in one transaction. */
@ApplicationScoped
public class ReviewStore {

    @Transactional
    public Review savePending(Review review) {
        Instant now = Instant.now();
        review.status = ReviewStatus.PENDING;
        review.createdAt = now;
        review.updatedAt = now;
        review.persist();
        ModerationEvent.record(review, ModerationAction.SUBMITTED, null, null, null, ModerationEvent.SHOPPER, now);
        return review;
    }

    /** A review staff bring in from elsewhere (demo seeding, another shop system), keyed by its external id. */
    @Transactional
    public Review saveImported(Review review, String actor) {
        Instant now = Instant.now();
        if (review.createdAt == null) {
            review.createdAt = now;
        }
        review.updatedAt = now;
        review.persist();
        ModerationEvent.record(review, ModerationAction.IMPORTED, null, null, null, actor, now);
        return review;
    }
}
