package shop.dozo.cart.catalog;

import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

/**
 * catalog-service gave a product a tax rate Japan does not have: nothing can be priced or charged from it until
 * the catalogue is fixed, so the shopper gets a 503 saying so, not a 500 or a wrong amount.
 */
public class ImpossibleTaxRate extends ProblemException {

    public ImpossibleTaxRate(String sku, int taxRate) {
        super(Problem.of(503, "Service Unavailable", "The catalogue lists " + sku + " with a tax rate of " + taxRate
                + " %, which cannot be charged (only 8 % and 10 % exist). Nothing was changed or ordered; the shop "
                + "has to correct the product first."));
    }
}
