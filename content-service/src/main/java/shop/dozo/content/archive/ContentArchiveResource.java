package shop.dozo.content.archive;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import shop.dozo.content.media.ImageType;
import shop.dozo.content.media.MediaDigest;
import shop.dozo.content.media.MediaStore;
import shop.dozo.content.media.UploadLimits;
import shop.dozo.support.ArchiveTablesResource;
import shop.dozo.support.NdjsonTables;
import shop.dozo.support.ProblemException;

/**
 * content-service's part of the shop archive: pages, news and their revisions, settings, and the media manifest,
 * as NDJSON in primary-key order. Staff accounts stay out: a new install has its own owner.
 */
@Path("/api/staff")
@Tag(name = "Archive (staff)")
public class ContentArchiveResource extends ArchiveTablesResource {
    private static final Map<String, String> TABLES = Map.of(
            "pages", "page",
            "page-revisions", "page_revision",
            "news", "news_post",
            "news-revisions", "news_revision",
            "settings", "shop_settings");

    private static final Pattern MEDIA_ID = Pattern.compile("[a-f0-9]{64}");

    @Inject
    MediaStore store;

    @Inject
    UploadLimits limits;

    @GET
    @Path("/export/media")
    @Produces("application/x-ndjson")
    @RolesAllowed("staff")
    @Operation(summary = "The media manifest: per original its key, sha256, size, type and alt, with the media row")
    public StreamingOutput exportMedia() {
        return out -> {
            OutputStream manifest = MediaManifest.adding(out);
            NdjsonTables.export(dataSource, "media", manifest);
            manifest.flush();
        };
    }

    @POST
    @Path("/import/media")
    @Consumes({"application/x-ndjson", "application/json", "text/plain"})
    @Produces("application/json")
    @RolesAllowed("owner")
    @Operation(summary = "Put media rows back from an export (the bytes go to PUT /api/staff/import/media/{sha256})")
    public Map<String, Integer> importMedia(InputStream ndjson) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8));
        byte[] rows = MediaManifest.rows(lines.lines().toList(),
                id -> MEDIA_ID.matcher(id).matches() ? store.stat(id) : Optional.empty());
        return Map.of("imported", NdjsonTables.importRows(dataSource, "media", new ByteArrayInputStream(rows)));
    }

    /**
     * An original from the owner's archive: stored unchanged, and only if its bytes hash to the id. The media
     * row (alt text, uploader, time) comes with the archive's media table; variants are rebuilt when first asked for.
     */
    @PUT
    @Path("/import/media/{id}")
    @RolesAllowed("owner")
    @Consumes("*/*")
    public Response importOriginal(@PathParam("id") String id, InputStream body) {
        if (!MEDIA_ID.matcher(id).matches()) {
            throw ProblemException.badRequest("id", "a media id is the 64-character SHA-256 of the bytes");
        }
        byte[] bytes = limits.read(body);
        if (!MediaDigest.sha256(bytes).equals(id)) {
            throw ProblemException.unprocessable("These bytes do not hash to " + id + "; nothing was stored.");
        }
        ImageType type = ImageType.sniff(bytes).orElseThrow(() -> ProblemException.unprocessable(
                "These bytes are not a JPEG, PNG, GIF or WebP image."));
        store.putOnce(id, bytes, type.mediaType);
        return Response.noContent().build();
    }

    @Override
    protected Map<String, String> tables() {
        return TABLES;
    }

}
