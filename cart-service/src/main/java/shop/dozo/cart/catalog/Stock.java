package shop.dozo.cart.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import shop.dozo.api.Problem;
import shop.dozo.support.InternalKeyConfig;
import shop.dozo.support.ProblemException;

/**
 * Stock reservations for an order, keyed by the order id. catalog-service makes every call idempotent by that
 * id, so each one is retried when the answer is lost: a retry never books twice.
 */
@ApplicationScoped
public class Stock {
    private static final Logger LOG = Logger.getLogger(Stock.class);

    /** One order line to reserve, as catalog-service's reservation body has it. */
    public record Item(String sku, int quantity) {
    }

    public enum CommitResult { COMMITTED, RETRY_LATER, REFUSED }

    /** RELEASED also when nothing was ever reserved under the id; COMMITTED: the stock is sold, nothing came back. */
    public enum ReleaseResult {
        RELEASED, COMMITTED, RETRY_LATER
    }

    @RestClient
    ReservationClient reservations;

    @Inject
    InternalKeyConfig internalKeyConfig;

    /** Sent as X-Dozo-Internal-Key; empty when unset (catalog-service then refuses, as it should). */
    private String internalKey() {
        return internalKeyConfig.key().orElse("");
    }

    /**
     * Reserves all or nothing. Not enough stock: 409 naming the SKUs; a SKU not for sale: 422 naming it; no
     * answer: {@link CatalogUnavailable}, and the caller must release (the reservation may exist).
     */
    @Retry(maxRetries = 2, delay = 100, jitter = 50, retryOn = CatalogUnavailable.class)
    public void reserve(String orderId, List<Item> items) {
        ReservationClient.Answer answer;
        try {
            answer = reservations.reserve(orderId, internalKey(), new ReservationClient.Request(items));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 409) {
                throw new ProblemException(Problem.of(409, "Not enough stock",
                        "Some items in your cart have just sold out or run low. Please check your cart.")
                        .withErrors(skuErrors(e, "not enough stock")));
            }
            if (status == 422) {
                throw new ProblemException(Problem.of(422, "Unknown product",
                        "An item in your cart is no longer for sale. Please remove it from your cart.")
                        .withErrors(skuErrors(e, "not for sale")));
            }
            throw new CatalogUnavailable("reserve " + orderId + ": " + status);
        } catch (ProcessingException e) {
            throw new CatalogUnavailable("reserve " + orderId + ": " + e.getMessage());
        }
        if (answer == null || !"RESERVED".equals(answer.status())) {
            // Only a reused id could do this, and every checkout reserves under a fresh order id.
            throw new IllegalStateException(
                    "Reservation " + orderId + " is " + (answer == null ? "?" : answer.status()));
        }
    }

    public CommitResult commit(String orderId) {
        try {
            reservations.commit(orderId, internalKey());
            return CommitResult.COMMITTED;
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 409 || status == 404) {
                LOG.errorf("catalog-service refused to commit the stock of order %s (%d): check its stock by hand",
                        orderId, status);
                return CommitResult.REFUSED;
            }
            LOG.warnf("Could not commit the stock of order %s yet: %d", orderId, status);
            return CommitResult.RETRY_LATER;
        } catch (ProcessingException e) {
            LOG.warnf("Could not commit the stock of order %s yet: %s", orderId, e.getMessage());
            return CommitResult.RETRY_LATER;
        }
    }

    public ReleaseResult release(String orderId) {
        try {
            reservations.release(orderId, internalKey());
            return ReleaseResult.RELEASED;
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                return ReleaseResult.RELEASED;
            }
            if (status == 409) {
                LOG.warnf("Reservation %s was already committed; nothing was released", orderId);
                return ReleaseResult.COMMITTED;
            }
            LOG.warnf("Could not release reservation %s yet: %d", orderId, status);
            return ReleaseResult.RETRY_LATER;
        } catch (ProcessingException e) {
            LOG.warnf("Could not release reservation %s yet: %s", orderId, e.getMessage());
            return ReleaseResult.RETRY_LATER;
        }
    }

    /** Sold stock back on the shelf (catalog-service does it once per id); false: try again later. */
    public boolean returnCommitted(String orderId) {
        try {
            reservations.returnCommitted(orderId, internalKey());
            return true;
        } catch (WebApplicationException e) {
            LOG.warnf("Could not return the stock of order %s yet: %d", orderId, e.getResponse().getStatus());
            return false;
        } catch (ProcessingException e) {
            LOG.warnf("Could not return the stock of order %s yet: %s", orderId, e.getMessage());
            return false;
        }
    }

    /** catalog-service names each short or unknown SKU in {@code errors[].field}. */
    private static List<Problem.FieldError> skuErrors(WebApplicationException e, String message) {
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            JsonNode problem = e.getResponse().readEntity(JsonNode.class);
            problem.path("errors").forEach(error -> errors.add(new Problem.FieldError(error.path("field").asText(),
                    error.path("message").asText(message))));
        } catch (RuntimeException unreadable) {
            LOG.debugf("Unreadable problem from catalog-service: %s", unreadable.getMessage());
        }
        return errors;
    }
}
