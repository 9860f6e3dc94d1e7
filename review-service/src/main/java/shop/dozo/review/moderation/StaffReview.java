package shop.dozo.review.moderation;

import java.time.Instant;
import shop.dozo.review.review.Review;

/** Everything staff need to moderate a review (the poster's address hash and withdraw key stay inside). */
public record StaffReview(long id, String externalId, String sku, int rating, String title, String body,
        String nickname, String status, String statusReason, String purchaseCheck, boolean verifiedPurchase,
        String orderNumber, StaffReply reply, long version, Instant createdAt, Instant updatedAt) {

    public record StaffReply(String body, String author, Instant repliedAt) {
    }

    public static StaffReview of(Review review) {
        StaffReply reply = review.replyBody == null ? null
                : new StaffReply(review.replyBody, review.replyAuthor, review.repliedAt);
        return new StaffReview(review.id, review.externalId, review.sku, review.rating, review.title, review.body,
                review.nickname, review.status.json(), review.statusReason, review.purchaseCheck.json(),
                review.verifiedPurchase(), review.orderNumber, reply, review.version, review.createdAt,
                review.updatedAt);
    }
}
