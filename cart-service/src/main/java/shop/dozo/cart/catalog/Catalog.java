package shop.dozo.cart.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import shop.dozo.cart.tax.OrderPricing;

/**
 * catalog-service's products as the cart sees them: for sale, unknown, or the catalogue is away. Reads are safe
 * to repeat, so a dropped connection or a 5xx is retried before the shopper sees a 503.
 */
@ApplicationScoped
public class Catalog {
    private static final Logger LOG = Logger.getLogger(Catalog.class);

    @RestClient
    CatalogClient client;

    @Retry(maxRetries = 2, delay = 100, jitter = 50, retryOn = CatalogUnavailable.class)
    public Optional<CatalogProduct> product(String sku) {
        try {
            return Optional.of(priceable(client.product(sku)));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404 || status == 400) {
                return Optional.empty(); // no such product, or one that cannot exist: the shopper's 422, not a 503
            }
            throw new CatalogUnavailable("GET product " + sku + ": " + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            throw new CatalogUnavailable("GET product " + sku + ": " + e.getMessage());
        }
    }

    /** The products for sale among {@code skus}, by SKU; a SKU not for sale is absent. One call for a whole cart. */
    @Retry(maxRetries = 2, delay = 100, jitter = 50, retryOn = CatalogUnavailable.class)
    public Map<String, CatalogProduct> products(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        try {
            return bySku(client.bySkus(List.copyOf(skus)));
        } catch (WebApplicationException e) {
            throw new CatalogUnavailable("GET by-skus: " + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            throw new CatalogUnavailable("GET by-skus: " + e.getMessage());
        }
    }

    /**
     * Like {@link #products}, for a cart change that adds {@code sku}: one call prices the whole cart and checks
     * the new SKU. A SKU catalog-service refuses to look up (400: not a SKU at all) is simply not for sale.
     */
    @Retry(maxRetries = 2, delay = 100, jitter = 50, retryOn = CatalogUnavailable.class)
    public Map<String, CatalogProduct> productsWith(Collection<String> skus, String sku) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(skus);
        all.add(sku);
        try {
            return bySku(client.bySkus(List.copyOf(all)));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                return Map.of();
            }
            throw new CatalogUnavailable("GET by-skus: " + e.getResponse().getStatus());
        } catch (ProcessingException e) {
            throw new CatalogUnavailable("GET by-skus: " + e.getMessage());
        }
    }

    private static Map<String, CatalogProduct> bySku(List<CatalogProduct> products) {
        Map<String, CatalogProduct> found = new LinkedHashMap<>();
        for (CatalogProduct product : products) {
            found.put(product.sku(), priceable(product));
        }
        return found;
    }

    /** A product no order could be priced from stops here, before any cart or checkout uses it. */
    private static CatalogProduct priceable(CatalogProduct product) {
        if (!OrderPricing.knownRate(product.taxRate())) {
            LOG.errorf("catalog-service lists %s at an impossible tax rate of %d %%", product.sku(), product.taxRate());
            throw new ImpossibleTaxRate(product.sku(), product.taxRate());
        }
        return product;
    }
}
