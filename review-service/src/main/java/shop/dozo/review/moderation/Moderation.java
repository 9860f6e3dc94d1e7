package shop.dozo.review.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import shop.dozo.review.review.Review;
import shop.dozo.review.review.ReviewStatus;
import shop.dozo.review.review.WithdrawKeys;
import shop.dozo.support.ProblemException;

/**
 * Every change to a review after it was posted. Each one locks the row (so two moderators cannot interleave),
 * is a no-op when the review is already in the wanted state (so retries and double clicks are harmless), and
 * writes its history line in the same transaction.
 */
@ApplicationScoped
public class Moderation {

    @Transactional
    public Review approve(long id, String reason, String actor) {
        return transition(lock(id), ReviewStatus.APPROVED, ModerationAction.APPROVED, reason, actor);
    }

    @Transactional
    public Review reject(long id, String reason, String actor) {
        return transition(lock(id), ReviewStatus.REJECTED, ModerationAction.REJECTED, reason, actor);
    }

    @Transactional
    public Review withdraw(long id, String reason, String actor) {
        return transition(lock(id), ReviewStatus.WITHDRAWN, ModerationAction.WITHDRAWN, reason, actor);
    }

    /**
     * The shopper's own withdrawal, proven by the key they got when posting. An unknown key changes nothing and
     * is not an error (see ReviewResource#withdraw).
     */
    @Transactional
    public void withdrawByShopper(String withdrawKey) {
        Review.<Review>find("withdrawKeyHash", WithdrawKeys.hash(withdrawKey))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .ifPresent(review -> transition(review, ReviewStatus.WITHDRAWN, ModerationAction.WITHDRAWN,
                        "withdrawn by its author", ModerationEvent.SHOPPER));
    }

    /** The shop's public answer. A new reply replaces the shown one; the history keeps every earlier text. */
    @Transactional
    public Review reply(long id, String body, String actor) {
        Review review = lock(id);
        requireNotWithdrawn(review);
        Instant now = Instant.now();
        review.replyBody = body;
        review.replyAuthor = actor;
        review.repliedAt = now;
        review.updatedAt = now;
        ModerationEvent.record(review, ModerationAction.REPLIED, review.status, null, body, actor, now);
        return review;
    }

    @Transactional
    public Review removeReply(long id, String actor) {
        Review review = lock(id);
        if (review.replyBody == null) {
            return review;
        }
        Instant now = Instant.now();
        review.replyBody = null;
        review.replyAuthor = null;
        review.repliedAt = null;
        review.updatedAt = now;
        ModerationEvent.record(review, ModerationAction.REPLY_REMOVED, review.status, null, null, actor, now);
        return review;
    }

    private static Review lock(long id) {
        Review review = Review.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (review == null) {
            throw ProblemException.notFound("No review with id " + id + ".");
        }
        return review;
    }

    private static Review transition(Review review, ReviewStatus to, ModerationAction action, String reason,
            String actor) {
        if (review.status == to) {
            return review;
        }
        requireNotWithdrawn(review);
        if (to == ReviewStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw ProblemException.badRequest("reason", "say why the review is rejected");
        }
        ReviewStatus from = review.status;
        Instant now = Instant.now();
        review.status = to;
        review.statusReason = reason;
        review.updatedAt = now;
        ModerationEvent.record(review, action, from, reason, null, actor, now);
        return review;
    }

    private static void requireNotWithdrawn(Review review) {
        if (review.status == ReviewStatus.WITHDRAWN) {
            throw ProblemException
                    .conflict("Review " + review.id + " was withdrawn; withdrawn reviews stay withdrawn.");
        }
    }
}
