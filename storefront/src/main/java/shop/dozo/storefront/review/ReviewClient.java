package shop.dozo.storefront.review;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.RelayedAddressHeaders;
import shop.dozo.web.upstream.UpstreamErrors;

/** review-service's public API (review-service/README.md); only {@link Reviews} calls it. */
@RegisterRestClient(configKey = "review")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(RelayedAddressHeaders.class)
@Path("/api/reviews")
interface ReviewClient {

    @GET
    ReviewList reviews(@QueryParam("sku") String sku, @QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/summary")
    ReviewSummary summary(@QueryParam("sku") String sku);

    /** 202 pending; {@link RelayedAddressHeaders} relays the shopper's address, so the rate limit counts per shopper. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> post(ReviewPost review);
}
