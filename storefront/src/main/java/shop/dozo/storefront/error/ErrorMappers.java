package shop.dozo.storefront.error;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns failures into pages a shopper understands: a friendly 404 for anything that does not exist (unknown
 * address, product, category, page), a "the form could not be read" 400 for a broken form body, and a calm
 * "try again in a moment" page for everything else. The page frame may need a (cached) upstream read, so a failure
 * raised on the event loop is rendered on a worker.
 */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @Inject
    ErrorPages pages;

    @ServerExceptionMapper
    public Uni<Response> notFound(NotFoundException e) {
        return html(404, pages::notFound);
    }

    /** 405, 415 and the like keep their status; the shopper still gets a page, not a stack trace. */
    @ServerExceptionMapper
    public Uni<Response> webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return notFound(new NotFoundException());
        }
        if (status == 400 || status == 413 || status == 415) {
            return html(status, pages::badRequest);
        }
        return html(status, status < 500 ? pages::notFound : pages::error);
    }

    @ServerExceptionMapper
    public Uni<Response> unexpected(Exception e) {
        if (BrokenForm.isCause()) {
            LOG.debugf("Unreadable form body: %s", e.toString());
            return html(400, pages::badRequest);
        }
        LOG.warnf("Page failed: %s", e.toString());
        LOG.debug("Page failure", e);
        return html(503, pages::error);
    }

    private static Uni<Response> html(int status, Supplier<String> page) {
        Uni<Response> response = Uni.createFrom().item(() -> Response.status(status).entity(page.get())
                .type("text/html;charset=UTF-8").header("Cache-Control", "no-store").build());
        return Context.isOnEventLoopThread() ? response.runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                : response;
    }
}
