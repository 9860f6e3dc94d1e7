package shop.dozo.review.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's public product API (docs/service-contracts.md). */
@RegisterRestClient(configKey = "catalog")
@Path("/api/products")
interface CatalogClient {

    /** 200 for a published product; 404 (thrown as WebApplicationException) for an unknown or unpublished SKU. */
    @GET
    @Path("/{sku}")
    Response product(@PathParam("sku") String sku);
}
