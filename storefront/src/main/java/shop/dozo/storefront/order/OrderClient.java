package shop.dozo.storefront.order;

import shop.dozo.api.DozoHeaders;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.storefront.upstream.UpstreamProblem;

/**
 * cart-service's order lookups. The number and e-mail travel in a POST body, never in a URL (access logs); the
 * shopper's address goes along so cart-service throttles per shopper, not per storefront.
 */
@RegisterRestClient(configKey = "cart")
@Path("/api/orders")
@Consumes(MediaType.APPLICATION_JSON)
public interface OrderClient {

    @POST
    @Path("/lookup")
    Order lookup(Map<String, String> numberAndEmail, @HeaderParam(DozoHeaders.FORWARDED_FOR) String shopperAddress);

    @POST
    @Path("/link")
    Order link(Map<String, String> token);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        if (response.getStatus() == 429) {
            return new TooManyLookups(response.getHeaderString(HttpHeaders.RETRY_AFTER));
        }
        return UpstreamProblem.from(response);
    }
}
