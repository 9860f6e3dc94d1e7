package shop.dozo.backoffice.product;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.backoffice.upstream.MediaClient;

/** The product photos' small variants, passed through from content-service, which staff's browsers cannot reach. */
@Path("/media/{id}/{variant}")
public class MediaThumbnails {

    @Inject
    @RestClient
    MediaClient media;

    @GET
    public Response variant(@PathParam("id") String id, @PathParam("variant") String variant) {
        if (!id.matches("[a-f0-9]{64}") || !variant.matches("list|detail")) {
            return Response.status(404).build();
        }
        Response upstream = media.variant(id, variant);
        return Response.ok(upstream.readEntity(InputStream.class)).type(upstream.getMediaType())
                .header("Cache-Control", "private, max-age=3600").build();
    }
}
