package shop.dozo.content.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.dozo.support.Problem;
import shop.dozo.support.ProblemException;

/** Staff upload images. */
@Path("/api/staff/media")
@Produces(MediaType.APPLICATION_JSON)
public class StaffMediaResource {
    @Inject
    MediaStore store;

    @ConfigProperty(name = "dozo.media.max-bytes")
    long maxBytes;

    /**
     * Staff upload an image as the request body. Uploading the same bytes again is harmless: same id, one object,
     * answered 200 instead of 201, so a client may retry an upload whose answer it never saw.
     */
    @POST
    @RolesAllowed("staff")
    @Consumes("*/*")
    @Transactional
    public Response upload(byte[] body, @QueryParam("alt") String altText, SecurityContext security) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("body", "send the image bytes as the request body");
        }
        if (body.length > maxBytes) {
            throw new ProblemException(Problem.of(413, "Content Too Large",
                    "Images may be at most " + maxBytes / (1024 * 1024) + " MB."));
        }
        ImageType type = ImageType.sniff(body).orElseThrow(() -> new ProblemException(Problem.of(415,
                "Unsupported Media Type", "Only JPEG, PNG, GIF and WebP images are accepted; these bytes are none of them.")));
        if (altText != null && altText.length() > 300) {
            throw ProblemException.badRequest("alt", "at most 300 characters");
        }
        String id = MediaDigest.sha256(body);
        store.putOnce(id, body, type.mediaType);
        Media existing = Media.findById(id);
        if (existing != null) {
            return Response.ok(MediaView.of(existing)).build();
        }
        Media media = new Media();
        media.id = id;
        media.contentType = type.mediaType;
        media.sizeBytes = body.length;
        media.altText = altText == null ? "" : altText.strip();
        media.uploadedBy = security.getUserPrincipal().getName();
        media.persist();
        return Response.created(URI.create("/api/media/" + id)).entity(MediaView.of(media)).build();
    }
}
