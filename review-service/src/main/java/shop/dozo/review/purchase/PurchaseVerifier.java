package shop.dozo.review.purchase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import shop.dozo.review.review.PurchaseCheck;
import shop.dozo.support.InternalKeyConfig;

/**
 * Asks cart-service whether this order (number + e-mail) bought this SKU. Whatever goes wrong, the shopper's
 * review is kept: a failure only means "not verified" ({@link PurchaseCheck#UNAVAILABLE} for staff).
 */
@ApplicationScoped
public class PurchaseVerifier {
    private static final Logger LOG = Logger.getLogger(PurchaseVerifier.class);

    @Inject
    @RestClient
    CartClient cart;

    @Inject
    InternalKeyConfig internalKey;

    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10000)
    @Fallback(fallbackMethod = "unavailable")
    public PurchaseCheck check(String orderNumber, String email, String sku) {
        String key = internalKey.key().filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalStateException("dozo.internal.key is not set"));
        CartClient.Verdict verdict = cart.verify(key, new CartClient.Question(orderNumber, email, sku));
        return verdict != null && Boolean.TRUE.equals(verdict.verified()) ? PurchaseCheck.VERIFIED
                : PurchaseCheck.NOT_VERIFIED;
    }

    PurchaseCheck unavailable(String orderNumber, String email, String sku, Throwable failure) {
        LOG.warnf("cart-service could not verify a purchase of %s, keeping the review unverified: %s", sku,
                failure.toString());
        return PurchaseCheck.UNAVAILABLE;
    }
}
