package shop.dozo.review.abuse;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

public class AbuseResponses {

    /** Review text is returned as JSON strings only; never let a browser guess it is HTML. */
    @ServerResponseFilter
    public void noSniff(ContainerResponseContext response) {
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    }
}
