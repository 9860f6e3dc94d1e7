package shop.dozo.content.media;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import shop.dozo.support.InputText;
import shop.dozo.support.ProblemException;

/** Staff upload images and describe them. Images are immutable; only the alt text can change. */
@Path("/api/staff/media")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media (staff)")
public class StaffMediaResource {
    private static final int MAX_SIZE = 100;
    /** page × size stays far from int overflow in the offset. */
    private static final int MAX_PAGE = 10_000;

    public record AltText(@NotNull @Size(max = 300) String altText) {
    }

    public record MediaPage(List<MediaView> items, long total, int page, int size) {
    }

    @Inject
    MediaLibrary library;

    @Inject
    UploadLimits limits;

    /**
     * The image is the request body. Uploading the same bytes again is harmless: same id, one object, answered
     * 200 instead of 201, so a client may retry an upload whose answer it never saw.
     */
    @POST
    @RolesAllowed("staff")
    @Consumes("*/*")
    @Operation(summary = "Upload an image (JPEG, PNG, GIF or WebP) as the request body",
            description = "Metadata such as the GPS position is removed; the id is the SHA-256 of the stored original. "
                    + "Limits: 20 MB (413), 10,000 px a side and 40 megapixels (422); other types 415.")
    @RequestBody(content = @Content(mediaType = "image/jpeg", examples = @ExampleObject(name = "photo",
            summary = "the JPEG bytes", value = "(binary)")))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "stored", value = """
                    {"id": "9f2c…e1", "contentType": "image/jpeg", "sizeBytes": 183422, "width": 1600, "height": 1200,
                     "altText": "藍染めの布ナプキン", "url": "/api/media/9f2c…e1",
                     "variants": {"list": "/api/media/9f2c…e1/list", "detail": "/api/media/9f2c…e1/detail"}}""")))
    @APIResponse(responseCode = "200", description = "These bytes were stored before: the same image")
    public Response upload(InputStream body, @QueryParam("alt") String altText, SecurityContext security) {
        if (altText != null && altText.length() > 300) {
            throw ProblemException.badRequest("alt", "at most 300 characters");
        }
        // A query parameter, so not read by Jackson: the same rule, said here (alt text is one line).
        InputText.check("alt", altText, false);
        byte[] bytes = limits.read(body);
        if (bytes.length == 0) {
            throw ProblemException.badRequest("body", "send the image bytes as the request body");
        }
        MediaLibrary.Stored stored = library.upload(bytes, altText == null ? "" : altText.strip(),
                security.getUserPrincipal().getName());
        MediaView view = MediaView.of(stored.media());
        return stored.created() ? Response.created(URI.create(view.url())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @RolesAllowed("staff")
    @Operation(summary = "The media library, newest first")
    public MediaPage list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest(page < 0 || page > MAX_PAGE ? "page" : "size",
                    "page from 0 to " + MAX_PAGE + ", size from 1 to " + MAX_SIZE);
        }
        var query = Media.<Media>findAll(Sort.descending("createdAt").and("id"));
        return new MediaPage(query.page(page, size).list().stream().map(MediaView::of).toList(), query.count(), page,
                size);
    }

    @PUT
    @Path("/{id}/alt")
    @RolesAllowed("staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an image's alt text (the bytes never change)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "alt", value = "{\"altText\": \"藍染めの布ナプキン 3枚セット\"}")))
    public MediaView describe(@PathParam("id") String id, @Valid @NotNull AltText alt) {
        return library.describe(id, alt.altText());
    }
}
