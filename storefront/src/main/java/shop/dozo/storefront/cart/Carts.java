package shop.dozo.storefront.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.web.upstream.UpstreamProblem;

/** The shopper's cart at cart-service. Never cached: it is one shopper's, and must show what they just did. */
@ApplicationScoped
@Timeout(4000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
        skipOn = {UpstreamProblem.class, WebApplicationException.class})
public class Carts {

    @RestClient
    CartClient client;

    public CartView create() {
        return client.create();
    }

    public CartView get(String token) {
        return client.cart(token);
    }

    public CartView setQuantity(String token, String sku, int quantity) {
        return client.setQuantity(token, sku, new QuantityRequest(quantity));
    }

    public CartView remove(String token, String sku) {
        return client.remove(token, sku);
    }
}
