package shop.dozo.storefront.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.UpstreamErrors;

/** catalog-service's public API (docs/service-contracts.md). */
@RegisterRestClient(configKey = "catalog")
@RegisterProvider(UpstreamErrors.class)
@Path("/api")
interface CatalogClient {

    @GET
    @Path("/categories")
    List<Category> categories();

    @GET
    @Path("/categories/{slug}")
    CategoryDetail category(@PathParam("slug") String slug);

    @GET
    @Path("/products")
    ProductList products(@QueryParam("category") String category, @QueryParam("sort") String sort,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/products/recommended")
    List<Product> recommended(@QueryParam("limit") int limit);

    @GET
    @Path("/products/{sku}")
    Product product(@PathParam("sku") String sku);

    @GET
    @Path("/search")
    SearchResults search(@QueryParam("q") String query, @QueryParam("limit") int limit);
}
