package shop.dozo.backoffice.session;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import shop.dozo.backoffice.web.Frames;
import shop.dozo.web.security.SameOrigin;

/**
 * Every form post must come from a page of this back office (Origin, else Referer) and carry the CSRF token of the
 * session that sends it ({@link Csrf}). Runs after {@link SessionFilter}, so it knows the session.
 *
 * <p>Why not quarkus-rest-csrf: its token is a cookie copy, not bound to who is signed in, and a new one on every
 * page breaks a form left open in a second tab; a refusal is a bare 400 without our page.
 */
public class CsrfFilter {

    @Inject
    Csrf csrf;

    @Inject
    Frames frames;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 10)
    @WithFormRead
    public Optional<Response> check(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (SessionFilter.isSafe(request.getMethod()) || request.getMethod().equals("OPTIONS")) {
            return Optional.empty();
        }
        if (SessionFilter.sessionEnded(routing)) {
            // A form sent after its session ended: kept and offered again after signing in (nothing is lost).
            return Optional.of(Response.status(Response.Status.UNAUTHORIZED)
                    .entity(frames.signInAgain(routing.normalizedPath(), SessionFilter.keptForm(request, routing)))
                    .type("text/html;charset=UTF-8").build());
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        Object token = context.getFormParameter(Csrf.FIELD, true, false);
        if (!SameOrigin.allows(routing.request()) || !(token instanceof String formToken)
                || !csrf.accepts(formToken)) {
            return Optional.of(Response.status(Response.Status.FORBIDDEN).entity(frames.forbidden())
                    .type("text/html;charset=UTF-8").build());
        }
        return Optional.empty();
    }
}
