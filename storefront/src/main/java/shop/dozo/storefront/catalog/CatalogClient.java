package shop.dozo.storefront.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "catalog")
@Path("/api")
public interface CatalogClient {

    @GET
    @Path("/products")
    ProductPage products(@QueryParam("sort") String sort, @QueryParam("page") int page, @QueryParam("size") int size);
}
