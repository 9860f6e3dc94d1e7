package shop.dozo.cart.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.support.Problem;
import shop.dozo.support.ProblemException;

/** catalog-service as the cart sees it: a product is for sale, unknown, or the catalogue is away (503). */
@ApplicationScoped
public class Catalog {
    private static final int ATTEMPTS = 3;

    @RestClient
    CatalogClient client;

    /** Reads are safe to repeat, so a dropped connection is retried twice before giving up. */
    public Optional<CatalogProduct> product(String sku) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.of(client.product(sku));
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() == 404) {
                    return Optional.empty();
                }
                throw unavailable();
            } catch (ProcessingException e) {
                if (attempt == ATTEMPTS) {
                    throw unavailable();
                }
            }
        }
    }

    static ProblemException unavailable() {
        return new ProblemException(Problem.of(503, "Service Unavailable",
                "The catalogue cannot be reached right now; your cart is kept. Please try again in a moment."));
    }
}
