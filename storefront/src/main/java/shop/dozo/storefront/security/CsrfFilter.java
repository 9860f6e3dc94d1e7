package shop.dozo.storefront.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import shop.dozo.storefront.error.ErrorPages;

/**
 * Every request that changes something (every form post) must carry the CSRF token of a page this shop served.
 * A forged or stale post is stopped here, before any resource method runs, with a page that says what happened.
 */
public class CsrfFilter {

    @Inject
    Csrf csrf;

    @Inject
    ErrorPages errorPages;

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request) {
        if (isSafe(request.getMethod())) {
            return;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object token = context.getFormParameter(Csrf.FIELD, true, false);
        if (!(token instanceof String formToken) || !csrf.accepts(formToken)) {
            request.abortWith(Response.status(Response.Status.FORBIDDEN).entity(errorPages.forbidden())
                    .type("text/html;charset=UTF-8").build());
        }
    }

    static boolean isSafe(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }
}
