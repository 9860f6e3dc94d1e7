package shop.dozo.review.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;
import shop.dozo.review.abuse.ClientIdentity;
import shop.dozo.review.abuse.PostingGuard;
import shop.dozo.review.abuse.TextRules;
import shop.dozo.review.catalog.ProductCatalog;
import shop.dozo.review.purchase.PurchaseVerifier;

/** A shopper posts a review: cheap refusals first, then the neighbours, then one short transaction. */
@ApplicationScoped
public class ReviewPosting {
    private static final Logger LOG = Logger.getLogger(ReviewPosting.class);

    @Inject
    ClientIdentity clients;

    @Inject
    PostingGuard guard;

    @Inject
    ProductCatalog catalog;

    @Inject
    PurchaseVerifier purchases;

    @Inject
    ReviewStore store;

    public PostedReview post(ReviewRequest request, String clientAddress) {
        String clientHash = clients.hash(clientAddress);
        if (request.website() != null && !request.website().isBlank()) {
            // Honeypot: answer like a success so the robot learns nothing, keep nothing.
            LOG.warnf("Discarded a review for %s from client %s: the honeypot field was filled", request.sku(),
                    clientHash.substring(0, 12));
            return PostedReview.pending(WithdrawKeys.newKey());
        }
        // Both or neither: ReviewRequest's @PurchasePair was checked with the other rules.
        String orderNumber = TextRules.normalise(request.orderNumber());
        String email = TextRules.normalise(request.email());
        String body = TextRules.kept(request.body());
        String bodyHash = PostingGuard.bodyFingerprint(request.sku(), TextRules.normalise(body));
        guard.check(clientHash, bodyHash, Instant.now());
        catalog.requirePublished(request.sku());
        PurchaseCheck check = blank(orderNumber) ? PurchaseCheck.NONE
                : purchases.check(orderNumber, email, request.sku());

        Review review = new Review();
        review.sku = request.sku();
        review.rating = request.rating();
        review.title = TextRules.kept(request.title());
        review.body = body;
        review.nickname = TextRules.kept(request.nickname());
        review.purchaseCheck = check;
        review.orderNumber = blank(orderNumber) ? null : orderNumber;
        review.clientHash = clientHash;
        review.bodyHash = bodyHash;
        String withdrawKey = WithdrawKeys.newKey();
        review.withdrawKeyHash = WithdrawKeys.hash(withdrawKey);
        store.savePending(review);
        return PostedReview.pending(withdrawKey);
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }
}
