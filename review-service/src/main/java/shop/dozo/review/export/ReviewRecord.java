package shop.dozo.review.export;

import java.time.Instant;
import shop.dozo.review.review.Review;

/**
 * One review row for the shop archive: every column an import needs to restore it exactly, including the
 * withdraw key's hash (so the author can still withdraw after a restore). The poster's address hash is left out.
 */
public record ReviewRecord(long id, String externalId, String sku, int rating, String title, String body,
        String nickname, String status, String statusReason, String purchaseCheck, String orderNumber,
        String replyBody, String replyAuthor, Instant repliedAt, String withdrawKeyHash, String bodyHash,
        long version, Instant createdAt, Instant updatedAt) {

    public static ReviewRecord of(Review review) {
        return new ReviewRecord(review.id, review.externalId, review.sku, review.rating, review.title, review.body,
                review.nickname, review.status.name(), review.statusReason, review.purchaseCheck.name(),
                review.orderNumber, review.replyBody, review.replyAuthor, review.repliedAt, review.withdrawKeyHash,
                review.bodyHash, review.version, review.createdAt, review.updatedAt);
    }
}
