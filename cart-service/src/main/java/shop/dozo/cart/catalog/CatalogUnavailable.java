package shop.dozo.cart.catalog;

import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

/** catalog-service did not answer (down, slow, 5xx). Retried by fault tolerance, then answered as 503. */
public class CatalogUnavailable extends ProblemException {

    public CatalogUnavailable(String why) {
        super(Problem.of(503, "Service Unavailable",
                "The catalogue cannot be reached right now; nothing was ordered and your cart is kept. "
                        + "Please try again in a moment."));
        initCause(new IllegalStateException(why));
    }
}
