package shop.dozo.review.export;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import shop.dozo.review.review.PurchaseCheck;
import shop.dozo.review.review.Review;
import shop.dozo.review.review.ReviewStatus;
import shop.dozo.support.MultiLineText;

/**
 * One review row for the shop archive: every column an import needs to restore it exactly, including the
 * withdraw key's hash (so the author can still withdraw after a restore). The poster's address hash is left out.
 */
public record ReviewRecord(long id, String externalId, String sku, int rating, String title, @MultiLineText String body,
        String nickname, String status, @MultiLineText String statusReason, String purchaseCheck, String orderNumber,
        @MultiLineText String replyBody, String replyAuthor, Instant repliedAt, String withdrawKeyHash, String bodyHash,
        long version, Instant createdAt, Instant updatedAt) {

    private static final String UPSERT = """
            INSERT INTO review (id, external_id, sku, rating, title, body, nickname, status, status_reason,
                purchase_check, order_number, reply_body, reply_author, replied_at, withdraw_key_hash, body_hash,
                version, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)
            ON DUPLICATE KEY UPDATE external_id = VALUES(external_id), sku = VALUES(sku), rating = VALUES(rating),
                title = VALUES(title), body = VALUES(body), nickname = VALUES(nickname), status = VALUES(status),
                status_reason = VALUES(status_reason), purchase_check = VALUES(purchase_check),
                order_number = VALUES(order_number), reply_body = VALUES(reply_body),
                reply_author = VALUES(reply_author), replied_at = VALUES(replied_at),
                withdraw_key_hash = VALUES(withdraw_key_hash), body_hash = VALUES(body_hash),
                version = VALUES(version), created_at = VALUES(created_at), updated_at = VALUES(updated_at)
            """;

    private static final String CLASH =
            "SELECT id FROM review WHERE id <> ?1 AND (external_id = ?2 OR withdraw_key_hash = ?3)";

    public static ReviewRecord of(Review review) {
        return new ReviewRecord(review.id, review.externalId, review.sku, review.rating, review.title, review.body,
                review.nickname, review.status.name(), review.statusReason, review.purchaseCheck.name(),
                review.orderNumber, review.replyBody, review.replyAuthor, review.repliedAt, review.withdrawKeyHash,
                review.bodyHash, review.version, review.createdAt, review.updatedAt);
    }

    /** Restores this row by id: inserted if missing, overwritten if present. */
    void upsert(EntityManager em) {
        ReviewStatus.valueOf(status);
        PurchaseCheck.valueOf(purchaseCheck);
        Records.required(createdAt, "createdAt");
        Records.required(updatedAt, "updatedAt");
        // ON DUPLICATE KEY would otherwise overwrite whichever row holds the same external id or key.
        if (!Records.bind(em.createNativeQuery(CLASH), id, externalId, withdrawKeyHash).getResultList().isEmpty()) {
            throw new IllegalArgumentException("another review already has this externalId or withdrawKeyHash");
        }
        Records.bind(em.createNativeQuery(UPSERT), id, externalId, sku, rating, title, body, nickname, status,
                statusReason, purchaseCheck, orderNumber, replyBody, replyAuthor, repliedAt, withdrawKeyHash, bodyHash,
                version, createdAt, updatedAt).executeUpdate();
    }
}
