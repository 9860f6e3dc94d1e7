package shop.dozo.content.markdown;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import shop.dozo.support.MultiLineText;

/** The editor's preview: the very HTML the storefront will show, from the one renderer that makes it. */
@Path("/api/staff/preview")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
@Tag(name = "Pages (staff)")
public class StaffPreviewResource {

    public record PreviewRequest(@NotNull @MultiLineText @Size(max = 100_000) String markdown) {
    }

    /** {@code scriptRefused}: a save of this body would be refused (see {@link MarkdownRenderer#containsScript}). */
    public record Preview(String html, boolean scriptRefused) {
    }

    @Inject
    MarkdownRenderer renderer;

    @POST
    @Operation(summary = "Render Markdown as a page or news body would be shown")
    public Preview preview(@Valid @NotNull PreviewRequest request) {
        return new Preview(renderer.toHtml(request.markdown()), MarkdownRenderer.containsScript(request.markdown()));
    }
}
