package shop.dozo.backoffice.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import shop.dozo.backoffice.session.SessionCookie;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamDown;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * What a person sees when a screen cannot do its work: a service that is down (503, try again), a token the
 * services no longer take (signed out elsewhere, disabled, password changed: sign in again), a refusal, or a
 * missing thing. Screens handle the problems they expect (a field error, a conflict) themselves.
 */
public class ErrorPages {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    Frames frames;

    @Inject
    SessionCookie cookie;

    @ServerExceptionMapper
    public Response upstream(UpstreamProblem problem, RoutingContext routing) {
        return switch (problem.status()) {
            case 401 -> {
                cookie.clear(routing);
                yield Redirects.seeOther("/signin?expired=1&next="
                        + URLEncoder.encode(routing.normalizedPath(), StandardCharsets.UTF_8)).build();
            }
            case 403 -> page(403, frames.forbidden());
            case 404 -> page(404, frames.notFound());
            default -> {
                LOG.warnf("A service refused a request the screen did not expect: %s", problem.getMessage());
                yield page(problem.status() == 429 ? 429 : 400, frames.failed());
            }
        };
    }

    @ServerExceptionMapper
    public Response down(UpstreamDown down) {
        LOG.warnf("A service answered 5xx: %s", down.getMessage());
        return page(503, frames.unavailable());
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException unreachable) {
        LOG.warnf("A service cannot be reached: %s", unreachable.getMessage());
        return page(503, frames.unavailable());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException missing) {
        return page(404, frames.notFound());
    }

    private static Response page(int status, Object entity) {
        return Response.status(status).entity(entity).type("text/html;charset=UTF-8").build();
    }
}
