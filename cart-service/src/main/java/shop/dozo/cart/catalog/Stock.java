package shop.dozo.cart.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import shop.dozo.support.Problem;
import shop.dozo.support.ProblemException;

/** Reserving stock for an order. Every call is idempotent by the order id, so retrying is always safe. */
@ApplicationScoped
public class Stock {
    private static final Logger LOG = Logger.getLogger(Stock.class);

    @RestClient
    ReservationClient reservations;

    @ConfigProperty(name = "dozo.internal.key", defaultValue = "")
    String internalKey;

    public void reserve(String orderId, List<ReservationClient.Item> items) {
        try {
            reservations.reserve(orderId, internalKey, new ReservationClient.Request(items));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 409 || e.getResponse().getStatus() == 422) {
                throw new ProblemException(Problem.of(409, "Not enough stock",
                        "Some items in your cart have just sold out. Please check your cart and try again."));
            }
            throw Catalog.unavailable();
        } catch (ProcessingException e) {
            release(orderId);
            throw Catalog.unavailable();
        }
    }

    /** @return false when it must be tried again later (the order is kept and a job retries) */
    public boolean commit(String orderId) {
        try {
            reservations.commit(orderId, internalKey);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Could not commit the stock of order %s yet: %s", orderId, e.getMessage());
            return false;
        }
    }

    /** Best effort: a reservation nobody commits also expires by itself in catalog-service. */
    public void release(String orderId) {
        try {
            reservations.release(orderId, internalKey);
        } catch (RuntimeException e) {
            LOG.debugf("Release of %s: %s", orderId, e.getMessage());
        }
    }
}
