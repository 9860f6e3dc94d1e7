package shop.dozo.storefront.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "catalog")
@Path("/api")
public interface CatalogClient {

    @GET
    @Path("/products")
    List<Product> products();
}
