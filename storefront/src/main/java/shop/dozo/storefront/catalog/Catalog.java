package shop.dozo.storefront.catalog;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * What the pages read from catalog-service. Reads are the same for every shopper, so they are cached briefly;
 * the cache sits outside the fault-tolerance guards, so a failure is never cached. Each method has its own
 * cache, because a cache key is made of the arguments only. A product or category that does not exist becomes
 * a {@link NotFoundException}, which the shop answers with its friendly 404 page.
 */
@ApplicationScoped
@Timeout(2500)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
        skipOn = {UpstreamProblem.class, WebApplicationException.class})
public class Catalog {
    @RestClient
    CatalogClient client;

    @Inject
    CatalogConfig config;

    /** Products per listing page. */
    public int pageSize() {
        return config.pageSize();
    }

    @CacheResult(cacheName = "catalog-categories")
    public List<Category> categories() {
        return client.categories();
    }

    @CacheResult(cacheName = "catalog-category")
    public CategoryDetail category(String slug) {
        try {
            return client.category(slug);
        } catch (UpstreamProblem e) {
            throw notFoundOr(e);
        }
    }

    @CacheResult(cacheName = "catalog-products")
    public ProductList products(String category, ProductSort sort, int page) {
        return client.products(category, sort.param, page, pageSize());
    }

    @CacheResult(cacheName = "catalog-recommended")
    public List<Product> recommended(int limit) {
        return client.recommended(limit);
    }

    @CacheResult(cacheName = "catalog-product")
    public Product product(String sku) {
        try {
            return client.product(sku);
        } catch (UpstreamProblem e) {
            throw notFoundOr(e);
        }
    }

    @CacheResult(cacheName = "catalog-search")
    public SearchResults search(String query) {
        return client.search(query, 48);
    }

    private static RuntimeException notFoundOr(UpstreamProblem e) {
        return e.isNotFound() || e.status() == 400 ? new NotFoundException(e.getMessage()) : e;
    }
}
