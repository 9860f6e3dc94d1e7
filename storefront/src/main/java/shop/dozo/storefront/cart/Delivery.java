package shop.dozo.storefront.cart;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.web.upstream.UpstreamProblem;

/** The delivery terms as cart-service (their one owner) has them, cached for a minute: every shopper reads alike. */
@ApplicationScoped
@Timeout(1500)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000,
        skipOn = {UpstreamProblem.class, WebApplicationException.class})
public class Delivery {

    @RestClient
    CartClient client;

    @CacheResult(cacheName = "delivery-terms")
    public DeliveryTerms terms() {
        return client.deliveryTerms();
    }
}
