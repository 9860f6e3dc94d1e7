package shop.dozo.content.media;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import shop.dozo.support.ProblemException;

/** Public, immutable image delivery. */
@Path("/api/media")
public class MediaResource {
    private static final Pattern MEDIA_ID = Pattern.compile("[a-f0-9]{64}");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Inject
    MediaStore store;

    @GET
    @Path("/{id}")
    public Response original(@PathParam("id") String id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        Media media = find(id);
        if (etag(media).equals(ifNoneMatch)) {
            return Response.notModified().tag(media.id).header("Cache-Control", IMMUTABLE).build();
        }
        return Response.ok(store.open(media.id), media.contentType).tag(media.id)
                .header("Cache-Control", IMMUTABLE).header("Content-Length", media.sizeBytes).build();
    }

    @HEAD
    @Path("/{id}")
    public Response originalHead(@PathParam("id") String id) {
        Media media = find(id);
        return Response.ok().type(media.contentType).tag(media.id).header("Cache-Control", IMMUTABLE)
                .header("Content-Length", media.sizeBytes).build();
    }

    static Media find(String id) {
        if (!MEDIA_ID.matcher(id).matches()) {
            throw ProblemException.notFound("No media with id '" + id + "'.");
        }
        Media media = Media.findById(id);
        if (media == null) {
            throw ProblemException.notFound("No media with id '" + id + "'.");
        }
        return media;
    }

    private static String etag(Media media) {
        return "\"" + media.id + "\"";
    }
}
