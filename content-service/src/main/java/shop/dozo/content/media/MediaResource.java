package shop.dozo.content.media;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

/**
 * Public, immutable image delivery: originals and variants with an ETag, a year of caching, conditional requests
 * (304), HEAD, and single byte ranges (206). The object key is derived from the validated id, never taken from
 * the request.
 */
@Path("/api/media")
@Tag(name = "Media")
public class MediaResource {
    private static final Pattern MEDIA_ID = Pattern.compile("[a-f0-9]{64}");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Inject
    MediaStore store;

    @Inject
    MediaLibrary library;

    @GET
    @Path("/{id}")
    @Operation(summary = "The original image; `id` is the SHA-256 of these very bytes")
    public Response original(@PathParam("id") String id, @Context HttpHeaders headers) {
        return original(id, headers, false);
    }

    @HEAD
    @Path("/{id}")
    public Response originalHead(@PathParam("id") String id, @Context HttpHeaders headers) {
        return original(id, headers, true);
    }

    @GET
    @Path("/{id}/info")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Type, size, pixel size and alt text of an image, with the addresses of its variants")
    public MediaView info(@PathParam("id") String id) {
        return MediaView.of(find(id));
    }

    @GET
    @Path("/{id}/{variant}")
    @Operation(
            summary = "A resized variant: `list` (fits 400 px) or `detail` (fits 1200 px); JPEG, or PNG when transparent")
    public Response variant(@PathParam("id") String id, @PathParam("variant") String variant,
            @Context HttpHeaders headers) {
        return variant(id, variant, headers, false);
    }

    @HEAD
    @Path("/{id}/{variant}")
    public Response variantHead(@PathParam("id") String id, @PathParam("variant") String variant,
            @Context HttpHeaders headers) {
        return variant(id, variant, headers, true);
    }

    private Response original(String id, HttpHeaders headers, boolean head) {
        Media media = find(id);
        return serve(media.id, "\"" + media.id + "\"", media.contentType, media.sizeBytes, headers, head);
    }

    private Response variant(String id, String name, HttpHeaders headers, boolean head) {
        Media media = find(id);
        MediaVariant variant = MediaVariant.named(name).orElseThrow(() -> ProblemException.notFound(
                "No variant '" + name + "'; there are 'list' and 'detail'."));
        MediaStore.StoredObject stored = library.variant(media, variant);
        return serve(variant.key(media.id), variant.etag(media.id), stored.contentType(), stored.size(), headers, head);
    }

    private Response serve(String key, String etag, String contentType, long size, HttpHeaders headers, boolean head) {
        if (matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                    .build();
        }
        String ifRange = headers.getHeaderString("If-Range");
        Optional<ByteRange> range = ifRange == null || ifRange.equals(etag)
                ? ByteRange.parse(headers.getHeaderString("Range"), size) : Optional.empty();
        if (range.isPresent() && range.get() == ByteRange.UNSATISFIABLE) {
            return Response.status(416).type(Problem.MEDIA_TYPE).header("Content-Range", "bytes */" + size)
                    .entity(Problem.of(416, "Range Not Satisfiable", "The image has " + size + " bytes.")).build();
        }
        Response.ResponseBuilder response;
        if (range.isPresent()) {
            ByteRange part = range.get();
            response = Response.status(206)
                    .header("Content-Range", "bytes " + part.start() + "-" + part.end() + "/" + size)
                    .header(HttpHeaders.CONTENT_LENGTH, part.length())
                    .entity(head ? null : store.open(key, part.start(), part.length()));
        } else {
            response = Response.ok().header(HttpHeaders.CONTENT_LENGTH, size).entity(head ? null : store.open(key));
        }
        return response.type(servedType(contentType)).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .header("Accept-Ranges", "bytes").header("X-Content-Type-Options", "nosniff")
                // Opened on its own, a stored file is a sandboxed document: no script, no forms, no same-origin
                // cookies, even if some browser took a polyglot's bytes for a page.
                .header("Content-Security-Policy", "sandbox")
                .build();
    }

    /** Only the image types upload accepts are named; anything else (a CRLF, text/html) is served as bytes. */
    static String servedType(String stored) {
        return ImageType.ofMediaType(stored).map(type -> type.mediaType).orElse(MediaType.APPLICATION_OCTET_STREAM);
    }

    /** If-None-Match: a list of tags or "*"; weak tags compare by their value (RFC 9110 §13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.replaceFirst("^W/", "").equals(etag)) {
                return true;
            }
        }
        return false;
    }

    static Media find(String id) {
        Media media = MEDIA_ID.matcher(id).matches() ? Media.findById(id) : null;
        if (media == null) {
            throw ProblemException.notFound("No media with id '" + id + "'.");
        }
        return media;
    }
}
