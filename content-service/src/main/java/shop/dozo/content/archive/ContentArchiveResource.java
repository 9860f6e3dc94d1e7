package shop.dozo.content.archive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import java.util.Map;
import shop.dozo.content.media.ImageType;
import shop.dozo.content.media.MediaDigest;
import shop.dozo.content.media.MediaStore;
import shop.dozo.support.ArchiveTablesResource;
import shop.dozo.support.ProblemException;

/** content-service's part of the shop archive. Staff accounts stay out: a new install has its own owner. */
@Path("/api/staff")
public class ContentArchiveResource extends ArchiveTablesResource {
    private static final Map<String, String> TABLES = Map.of("media", "media");

    private static final Pattern MEDIA_ID = Pattern.compile("[a-f0-9]{64}");

    @Inject
    MediaStore store;

    /**
     * An original from the owner's archive: stored unchanged, and only if its bytes hash to the id. The media
     * row (alt text, uploader, time) comes with the archive's media table.
     */
    @PUT
    @Path("/import/media/{id}")
    @RolesAllowed("owner")
    @Consumes("*/*")
    public Response importOriginal(@PathParam("id") String id, byte[] body) {
        if (!MEDIA_ID.matcher(id).matches()) {
            throw ProblemException.badRequest("id", "a media id is the 64-character SHA-256 of the bytes");
        }
        if (body == null || !MediaDigest.sha256(body).equals(id)) {
            throw ProblemException.unprocessable("These bytes do not hash to " + id + "; nothing was stored.");
        }
        ImageType type = ImageType.sniff(body).orElseThrow(() -> ProblemException.unprocessable(
                "These bytes are not a JPEG, PNG, GIF or WebP image."));
        store.putOnce(id, body, type.mediaType);
        return Response.noContent().build();
    }

    @Override
    protected Map<String, String> tables() {
        return TABLES;
    }

}
