package shop.dozo.review.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

/** Asks catalog-service whether a SKU is a published product, so no review hangs on a product that never was. */
@ApplicationScoped
public class ProductCatalog {
    private static final Logger LOG = Logger.getLogger(ProductCatalog.class);

    @Inject
    @RestClient
    CatalogClient client;

    @Inject
    ProductCatalog self;

    /** @throws ProblemException 422 naming {@code sku} when there is no such product, 503 when the catalog is down */
    public void requirePublished(String sku) {
        boolean published;
        try {
            published = self.isPublished(sku);
        } catch (RuntimeException e) {
            LOG.warnf("catalog-service could not say whether %s exists: %s", sku, e.toString());
            throw new ProblemException(Problem.of(503, "Service Unavailable",
                    "The product catalogue cannot be reached right now, so the review was not saved. Please try again in a minute."));
        }
        if (!published) {
            throw new ProblemException(
                    Problem.of(422, "Unprocessable request", "There is no product with SKU '" + sku + "'.")
                            .withErrors(List.of(new Problem.FieldError("sku", "no such product"))));
        }
    }

    // A 404 is an answer, not a failure: it returns false and does not count towards opening the circuit.
    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    public boolean isPublished(String sku) {
        try (Response response = client.product(sku)) {
            return response.getStatus() == 200;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return false;
            }
            throw e;
        }
    }
}
