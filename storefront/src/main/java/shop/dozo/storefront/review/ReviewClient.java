package shop.dozo.storefront.review;

import shop.dozo.api.DozoHeaders;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import shop.dozo.storefront.upstream.UpstreamProblem;

/** review-service's public API (review-service/README.md). */
@RegisterRestClient(configKey = "review")
@Path("/api/reviews")
public interface ReviewClient {

    @GET
    ReviewList reviews(@QueryParam("sku") String sku, @QueryParam("sort") String sort, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/summary")
    ReviewSummary summary(@QueryParam("sku") String sku);

    /** 202 pending; the shopper's address goes along so the rate limit counts per shopper, not per storefront. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> post(ReviewPost review, @HeaderParam(DozoHeaders.FORWARDED_FOR) String shopperAddress);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return UpstreamProblem.from(response);
    }
}
