package shop.dozo.catalog.product;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import shop.dozo.catalog.category.CategoryTree;
import shop.dozo.catalog.read.ReadCache;
import shop.dozo.support.ProblemException;

/** What shoppers (and the storefront, cart-service, review-service) read: published products only. */
@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {
    static final int MAX_PAGE_SIZE = 100;

    @Inject
    ProductFinder products;

    @Inject
    CategoryTree categories;

    @Inject
    ReadCache readCache;

    @GET
    public Page<ProductView> list(@QueryParam("category") String category,
            @QueryParam("sort") @DefaultValue("recommended") String sort,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("24") int size) {
        ProductSort order = ProductSort.of(sort).orElseThrow(() -> ProblemException.badRequest("sort",
                "one of recommended, price_asc, price_desc, newest, name"));
        requirePaging(page, size);
        List<Long> categoryIds = category == null ? null : categories.withDescendants(category);
        return products.listPublished(categoryIds, order, page, size);
    }

    @GET
    @Path("/recommended")
    public List<ProductView> recommended(@QueryParam("limit") @DefaultValue("8") int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw ProblemException.badRequest("limit", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return products.recommended(limit);
    }

    @GET
    @Path("/by-skus")
    public List<ProductView> bySkus(@QueryParam("sku") List<String> skus) {
        if (skus.size() > MAX_PAGE_SIZE) {
            throw ProblemException.badRequest("sku", "at most " + MAX_PAGE_SIZE + " SKUs at once");
        }
        return products.views(products.publishedBySkus(skus));
    }

    /** By SKU or by slug, so product pages can have readable addresses. */
    @GET
    @Path("/{skuOrSlug}")
    public ProductView one(@PathParam("skuOrSlug") String skuOrSlug) {
        return readCache.keepProduct(skuOrSlug, products.view(products.published(skuOrSlug)));
    }

    static void requirePaging(int page, int size) {
        if (page < 0 || page > 10_000) {
            throw ProblemException.badRequest("page", "must be between 0 and 10000");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
    }
}
