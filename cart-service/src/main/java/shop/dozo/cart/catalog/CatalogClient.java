package shop.dozo.cart.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's public product API (docs/service-contracts.md). */
@RegisterRestClient(configKey = "catalog")
@Path("/api/products")
interface CatalogClient {

    @GET
    @Path("/{sku}")
    CatalogProduct product(@PathParam("sku") String sku);

    /** The published ones among these SKUs; unknown SKUs are simply absent. */
    @GET
    @Path("/by-skus")
    List<CatalogProduct> bySkus(@QueryParam("sku") List<String> skus);
}
