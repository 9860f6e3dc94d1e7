package shop.dozo.cart.lookup;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import shop.dozo.api.Problem;

/** Every 429 of cart-service says when to come back (it is the only 429 cart-service answers). */
public class TooManyLookupsMapper {

    @ServerExceptionMapper
    public Response tooMany(TooManyLookups e, UriInfo uri) {
        return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .entity(e.problem().withInstance(uri.getRequestUri().getPath())).build();
    }
}
