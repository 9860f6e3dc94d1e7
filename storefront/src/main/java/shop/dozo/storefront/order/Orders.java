package shop.dozo.storefront.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.storefront.cart.CartClient;
import shop.dozo.storefront.upstream.UpstreamProblem;

/** Order lookup at cart-service: a number and the email it was placed with; a wrong pair is simply not found. */
@ApplicationScoped
public class Orders {

    @RestClient
    CartClient client;

    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
            skipOn = {UpstreamProblem.class, WebApplicationException.class})
    public Optional<Order> lookup(String number, String email) {
        try {
            return Optional.of(client.lookup(number, email));
        } catch (UpstreamProblem e) {
            if (e.isNotFound() || e.status() == 400) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
