package shop.dozo.storefront.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import shop.dozo.storefront.error.ErrorPages;
import shop.dozo.web.security.SameOrigin;

/**
 * Every request that changes something (every form post) must come from a page of this shop (its Origin, else its
 * Referer, names this shop) and carry the CSRF token of a page this shop served to this browser session. A forged
 * or stale post is stopped here, before any resource method runs, with a page that says what happened.
 *
 * <p>Why not quarkus-rest-csrf: with a signing key (needed so a planted cookie is useless, and shared by every
 * replica) it issues a new token and cookie on every page view, so a form in a second tab fails once the shopper
 * opens another page (and without the key it is a plain cookie copy that a sibling subdomain can plant); its refusals
 * are bare 400s without our page. {@link Csrf} keeps one signed token per browser session, which every replica
 * verifies with the shared DOZO_STOREFRONT_SECRET.
 */
public class CsrfFilter {

    @Inject
    Csrf csrf;

    @Inject
    ErrorPages errorPages;

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (isSafe(request.getMethod())) {
            return;
        }
        if (!SameOrigin.allows(routing.request())) {
            request.abortWith(forbidden());
            return;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object token = context.getFormParameter(Csrf.FIELD, true, false);
        if (!(token instanceof String formToken) || !csrf.accepts(formToken)) {
            request.abortWith(forbidden());
        }
    }

    private Response forbidden() {
        return Response.status(Response.Status.FORBIDDEN).entity(errorPages.forbidden())
                .type("text/html;charset=UTF-8").header("Cache-Control", "no-store").build();
    }

    static boolean isSafe(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }
}
