package shop.dozo.review.review;

import java.time.Instant;

/** An approved review as shoppers see it. Every string is plain text: render it escaped. */
public record PublicReview(long id, String sku, int rating, String title, String body, String nickname,
        boolean verifiedPurchase, Instant createdAt, ShopReply reply) {

    /** The shop's public answer under a review; who on the staff wrote it stays internal. */
    public record ShopReply(String body, Instant repliedAt) {
    }

    public static PublicReview of(Review review) {
        ShopReply reply = review.replyBody == null ? null : new ShopReply(review.replyBody, review.repliedAt);
        return new PublicReview(review.id, review.sku, review.rating, review.title, review.body, review.nickname,
                review.verifiedPurchase(), review.createdAt, reply);
    }
}
