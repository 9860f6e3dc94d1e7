package shop.dozo.storefront.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Order lookup at cart-service: a number and the email it was placed with, or the order's secret link; a wrong
 * pair or link is simply not found. Too many misses are {@link TooManyLookups}.
 */
@ApplicationScoped
public class Orders {

    @RestClient
    OrderClient client;

    /** Well above cart-service's fixed lookup time (a quarter of a second), also on a busy machine. */
    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
            skipOn = {UpstreamProblem.class, TooManyLookups.class, WebApplicationException.class})
    public Optional<Order> lookup(String number, String email) {
        try {
            return Optional.of(client.lookup(Map.of("orderNumber", number, "email", email)));
        } catch (UpstreamProblem e) {
            if (e.status() == 429) {
                throw new TooManyLookups(e.retryAfter());
            }
            if (e.isNotFound() || e.status() == 400) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Timeout(5000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
            skipOn = {UpstreamProblem.class, WebApplicationException.class})
    public Optional<Order> byLink(String token) {
        try {
            return Optional.of(client.link(Map.of("token", token)));
        } catch (UpstreamProblem e) {
            if (e.isNotFound() || e.status() == 400) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
