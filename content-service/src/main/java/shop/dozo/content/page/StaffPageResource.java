package shop.dozo.content.page;

import static shop.dozo.content.document.ContentApiExamples.PAGE_CREATE;
import static shop.dozo.content.document.ContentApiExamples.PAGE_EDIT;
import static shop.dozo.content.document.ContentApiExamples.STALE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import shop.dozo.content.document.DocumentRequest;
import shop.dozo.content.document.DocumentStatus;
import shop.dozo.content.document.DocumentViews;
import shop.dozo.content.document.DocumentViews.RevisionSummary;
import shop.dozo.content.document.DocumentViews.RevisionView;
import shop.dozo.content.document.DocumentViews.StaffView;

/** Staff write pages. Every save is a revision; nothing is deleted, a page leaves the shop by being archived. */
@Path("/api/staff/pages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pages (staff)", description = "Pages with full revision history")
public class StaffPageResource {
    @Inject
    PageEditor pages;

    @Inject
    DocumentViews views;

    @GET
    @RolesAllowed("staff")
    @Operation(summary = "Every page, drafts and archived ones too, by slug")
    public List<StaffView> all() {
        return Page.<Page>list("order by slug").stream().map(views::staff).toList();
    }

    @GET
    @Path("/{slug}")
    @RolesAllowed("staff")
    @Operation(summary = "A page as staff edit it: Markdown, rendered HTML and its current revision number")
    public StaffView one(@PathParam("slug") String slug) {
        return views.staff(pages.get(slug));
    }

    @POST
    @RolesAllowed("staff")
    @Transactional
    @Operation(summary = "Create a page (revision 1)", description = "An existing slug answers 409, so seeding twice is harmless.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "shipping", value = PAGE_CREATE)))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The slug exists already; `current` holds that page")
    public Response create(@Valid @NotNull DocumentRequest request, SecurityContext security) {
        StaffView created = views.staff(pages.create(request, author(security)));
        return Response.created(URI.create("/api/staff/pages/" + created.slug())).entity(created).build();
    }

    @PUT
    @Path("/{slug}")
    @RolesAllowed("staff")
    @Transactional
    @Operation(summary = "Save an edit as a new revision", description = "`revision` must be the revision you edited.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "edit", value = PAGE_EDIT)))
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "409", description = "Stale revision: someone saved in between",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "stale", value = STALE)))
    public StaffView update(@PathParam("slug") String slug, @Valid @NotNull DocumentRequest request,
            SecurityContext security) {
        return views.staff(pages.update(slug, request, author(security)));
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed("staff")
    @Transactional
    @Operation(summary = "Publish (a new revision unless already published)")
    public StaffView publish(@PathParam("slug") String slug, SecurityContext security) {
        return views.staff(pages.changeStatus(slug, DocumentStatus.PUBLISHED, author(security)));
    }

    @POST
    @Path("/{slug}/archive")
    @RolesAllowed("staff")
    @Transactional
    @Operation(summary = "Archive: gone from the shop, kept with all revisions; restore a revision to bring it back")
    public StaffView archive(@PathParam("slug") String slug, SecurityContext security) {
        return views.staff(pages.changeStatus(slug, DocumentStatus.ARCHIVED, author(security)));
    }

    @GET
    @Path("/{slug}/revisions")
    @RolesAllowed("staff")
    @Operation(summary = "The page's history, oldest first: who, when, what")
    public List<RevisionSummary> revisions(@PathParam("slug") String slug) {
        return pages.revisions(pages.get(slug)).stream().map(views::summary).toList();
    }

    @GET
    @Path("/{slug}/revisions/{revision}")
    @RolesAllowed("staff")
    @Operation(summary = "One revision in full")
    public RevisionView revision(@PathParam("slug") String slug, @PathParam("revision") int revision) {
        return views.full(pages.revision(pages.get(slug), revision));
    }

    @POST
    @Path("/{slug}/revisions/{revision}/restore")
    @RolesAllowed("staff")
    @Transactional
    @Operation(summary = "Restore a revision: its content becomes a new revision; the history is untouched")
    public StaffView restore(@PathParam("slug") String slug, @PathParam("revision") int revision,
            SecurityContext security) {
        return views.staff(pages.restore(slug, revision, author(security)));
    }

    private static String author(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
