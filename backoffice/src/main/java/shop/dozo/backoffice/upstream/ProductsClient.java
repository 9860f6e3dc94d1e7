package shop.dozo.backoffice.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.UpstreamErrors;

/** catalog-service's staff product and stock API. */
@RegisterRestClient(configKey = "catalog")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api/staff")
@Consumes(MediaType.APPLICATION_JSON)
public interface ProductsClient {

    record Product(String sku, String slug, String category, String name, String nameEn, String description,
            String descriptionEn, int priceYen, int taxRate, boolean cool, boolean recommended, String status,
            List<String> tags, List<String> imageIds, Integer available, long version, Instant createdAt,
            Instant updatedAt) {
    }

    /** The fields a save sends; null leaves a field as it is where catalog-service allows that. */
    record ProductRequest(String sku, String slug, String category, String name, String nameEn, String description,
            String descriptionEn, Integer priceYen, Integer taxRate, Boolean cool, Boolean recommended, String status,
            List<String> tags, List<String> imageIds, Integer stock, Long version) {
    }

    record ProductPage(List<Product> items, long total, int page, int size) {
    }

    record Stock(String sku, int available) {
    }

    record Adjustment(Integer delta, String reason, String note) {
    }

    record LedgerLine(long id, int delta, String reason, String note, String actor, String reservationId,
            Instant createdAt) {
    }

    record LowStock(String sku, String name, int available, String state) {
    }

    @GET
    @Path("/products")
    ProductPage list(@QueryParam("status") String status, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/products/{sku}")
    Product one(@PathParam("sku") String sku);

    @POST
    @Path("/products")
    Product create(ProductRequest request);

    @PUT
    @Path("/products/{sku}")
    Product update(@PathParam("sku") String sku, ProductRequest request);

    @POST
    @Path("/products/{sku}/publish")
    Product publish(@PathParam("sku") String sku);

    @POST
    @Path("/products/{sku}/archive")
    Product archive(@PathParam("sku") String sku);

    @GET
    @Path("/stock/{sku}")
    Stock stock(@PathParam("sku") String sku);

    @POST
    @Path("/stock/{sku}/adjustments")
    Stock adjust(@PathParam("sku") String sku, Adjustment adjustment);

    @GET
    @Path("/stock/{sku}/ledger")
    List<LedgerLine> ledger(@PathParam("sku") String sku);

    @GET
    @Path("/stock/low")
    List<LowStock> low(@QueryParam("limit") int limit);
}
