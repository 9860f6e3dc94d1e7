package shop.dozo.review.review;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import shop.dozo.review.abuse.PostingGuard;
import shop.dozo.review.abuse.TextRules;
import shop.dozo.review.catalog.ProductCatalog;

/** Staff import of one review, idempotent by its external id: importing it again returns the stored one. */
@ApplicationScoped
public class ReviewImport {

    @Inject
    ProductCatalog catalog;

    @Inject
    ReviewStore store;

    public record Outcome(Review review, boolean created) {
    }

    public Outcome importReview(ImportedReviewRequest request, String actor) {
        Optional<Review> existing = byExternalId(request.externalId());
        if (existing.isPresent()) {
            return new Outcome(existing.get(), false);
        }
        catalog.requirePublished(request.sku());
        try {
            return new Outcome(store.saveImported(toReview(request), actor), true);
        } catch (PersistenceException e) {
            // Two imports of the same external id at once: the unique key let one in; answer with that one.
            return byExternalId(request.externalId()).map(review -> new Outcome(review, false)).orElseThrow(() -> e);
        }
    }

    private static Optional<Review> byExternalId(String externalId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Review.<Review>find("externalId", externalId).firstResultOptional());
    }

    private static Review toReview(ImportedReviewRequest request) {
        Review review = new Review();
        review.externalId = request.externalId();
        review.sku = request.sku();
        review.rating = request.rating();
        review.title = TextRules.kept(request.title());
        review.body = TextRules.kept(request.body());
        review.nickname = TextRules.kept(request.nickname());
        review.status = "pending".equals(request.status()) ? ReviewStatus.PENDING : ReviewStatus.APPROVED;
        review.purchaseCheck =
                Boolean.TRUE.equals(request.verifiedPurchase()) ? PurchaseCheck.VERIFIED : PurchaseCheck.NONE;
        review.bodyHash = PostingGuard.bodyFingerprint(review.sku, TextRules.normalise(review.body));
        review.createdAt = request.createdAt();
        return review;
    }
}
