package shop.dozo.content.media;

import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import shop.dozo.api.DozoHeaders;
import shop.dozo.api.Problem;

/** An unreachable object store is a 503 the client may retry, never a silent loss. */
public class MediaStoreErrors {
    private static final Logger LOG = Logger.getLogger(MediaStoreErrors.class);

    @ServerExceptionMapper
    public Response unavailable(MediaStore.MediaStoreException e) {
        LOG.error("Media store failure", e);
        return Response.status(503).type(Problem.MEDIA_TYPE).header(DozoHeaders.RETRY_AFTER, "10")
                .entity(Problem.of(503, "Service Unavailable",
                        "The media store did not answer; nothing was lost, please retry."))
                .build();
    }
}
