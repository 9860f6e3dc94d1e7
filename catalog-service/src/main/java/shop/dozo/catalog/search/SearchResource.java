package shop.dozo.catalog.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import shop.dozo.catalog.product.Product;
import shop.dozo.catalog.product.ProductFinder;
import shop.dozo.catalog.product.ProductView;
import shop.dozo.catalog.read.ReadCache;
import shop.dozo.support.ProblemException;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    public record Results(String query, List<ProductView> items) {
    }

    @Inject
    ProductSearch search;

    @Inject
    ProductFinder products;

    @Inject
    ReadCache readCache;

    @GET
    public Results search(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("24") int limit) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badRequest("q", "type what you are looking for");
        }
        if (q.length() > 100) {
            throw ProblemException.badRequest("q", "at most 100 characters");
        }
        if (limit < 1 || limit > 100) {
            throw ProblemException.badRequest("limit", "must be between 1 and 100");
        }
        List<String> ranked = search.search(q, limit);
        List<Product> found = products.publishedBySkus(ranked).stream()
                .sorted(Comparator.comparingInt(product -> ranked.indexOf(product.sku))).toList();
        return readCache.keepSearch(q, limit, new Results(q, products.views(found)));
    }
}
