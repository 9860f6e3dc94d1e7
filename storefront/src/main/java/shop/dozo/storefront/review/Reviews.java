package shop.dozo.storefront.review;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Reviews for the product page. Not essential: callers catch failures and show the page without them. The
 * breaker opens after a few failures so that, while review-service is down, a product page does not wait for it.
 */
@ApplicationScoped
public class Reviews {
    public static final int PAGE_SIZE = 10;

    @RestClient
    ReviewClient client;

    @CacheResult(cacheName = "reviews-list")
    @Timeout(1500)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000,
            skipOn = {UpstreamProblem.class, WebApplicationException.class})
    public ReviewList reviews(String sku, int page) {
        return client.reviews(sku, "newest", page, PAGE_SIZE);
    }

    @CacheResult(cacheName = "reviews-summary")
    @Timeout(1500)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000,
            skipOn = {UpstreamProblem.class, WebApplicationException.class})
    public ReviewSummary summary(String sku) {
        return client.summary(sku);
    }

    /** Posting is not retried: review-service keeps the first copy and refuses a duplicate body anyway. */
    @Timeout(4000)
    public void post(ReviewPost review) {
        client.post(review);
    }
}
