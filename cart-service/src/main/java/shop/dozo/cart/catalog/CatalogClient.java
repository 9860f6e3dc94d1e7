package shop.dozo.cart.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

@RegisterRestClient(configKey = "catalog")
@Path("/api/products")
public interface CatalogClient {

    @GET
    @Path("/{sku}")
    CatalogProduct product(@PathParam("sku") String sku);
}
