package shop.dozo.content.document;

import static shop.dozo.content.document.ContentApiExamples.NEWS_CREATE;
import static shop.dozo.content.document.ContentApiExamples.NEWS_EDIT;
import static shop.dozo.content.document.ContentApiExamples.PAGE_CREATE;
import static shop.dozo.content.document.ContentApiExamples.PAGE_EDIT;
import static shop.dozo.content.document.ContentApiExamples.STALE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import shop.dozo.content.document.DocumentViews.RevisionSummary;
import shop.dozo.content.document.DocumentViews.RevisionView;
import shop.dozo.content.document.DocumentViews.StaffView;

/**
 * The staff API of one kind of document (pages, news posts): the same operations for each, so one class. Every save
 * is a revision; nothing is deleted, a document leaves the shop by being archived. Each kind's subclass gives its
 * path, its OpenAPI tag and its editor.
 */
public abstract class StaffDocumentResource<D extends Document, R extends DocumentRevision> {
    @Inject
    DocumentViews views;

    protected abstract DocumentEditor<D, R> editor();

    @GET
    @RolesAllowed("staff")
    @Operation(summary = "Every one, drafts and archived ones too: pages by slug, news newest first")
    public List<StaffView> all() {
        return editor().all().stream().map(views::staff).toList();
    }

    @GET
    @Path("/{slug}")
    @RolesAllowed("staff")
    @Operation(summary = "One as staff edit it: Markdown, rendered HTML and its current revision number")
    public StaffView one(@PathParam("slug") String slug) {
        return views.staff(editor().get(slug));
    }

    @POST
    @RolesAllowed("staff")
    @Operation(summary = "Create one (revision 1)",
            description = "An existing slug answers 409, so seeding twice is harmless.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = {@ExampleObject(name = "shipping", value = PAGE_CREATE),
                    @ExampleObject(name = "renewal", value = NEWS_CREATE)}))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "409", description = "The slug exists already; `current` holds that document")
    public Response create(@Valid @NotNull DocumentRequest request, SecurityContext security, @Context UriInfo uri) {
        StaffView created = editor().create(request, author(security));
        return Response.created(uri.getAbsolutePathBuilder().path(created.slug()).build()).entity(created).build();
    }

    @PUT
    @Path("/{slug}")
    @RolesAllowed("staff")
    @Operation(summary = "Save an edit as a new revision", description = "`revision` must be the revision you edited.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = {@ExampleObject(name = "edit", value = PAGE_EDIT),
                    @ExampleObject(name = "news edit", value = NEWS_EDIT)}))
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "409", description = "Stale revision: someone saved in between",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "stale", value = STALE)))
    public StaffView update(@PathParam("slug") String slug, @Valid @NotNull DocumentRequest request,
            SecurityContext security) {
        return editor().update(slug, request, author(security));
    }

    @POST
    @Path("/{slug}/publish")
    @RolesAllowed("staff")
    @Operation(summary = "Publish (a new revision unless already published)")
    public StaffView publish(@PathParam("slug") String slug, SecurityContext security) {
        return editor().changeStatus(slug, DocumentStatus.PUBLISHED, author(security));
    }

    @POST
    @Path("/{slug}/archive")
    @RolesAllowed("staff")
    @Operation(summary = "Archive: gone from the shop, kept with all revisions; restore a revision to bring it back")
    public StaffView archive(@PathParam("slug") String slug, SecurityContext security) {
        return editor().changeStatus(slug, DocumentStatus.ARCHIVED, author(security));
    }

    @GET
    @Path("/{slug}/revisions")
    @RolesAllowed("staff")
    @Operation(summary = "Its history, oldest first: who, when, what")
    public List<RevisionSummary> revisions(@PathParam("slug") String slug) {
        return editor().revisions(editor().get(slug)).stream().map(views::summary).toList();
    }

    @GET
    @Path("/{slug}/revisions/{revision}")
    @RolesAllowed("staff")
    @Operation(summary = "One revision in full")
    public RevisionView revision(@PathParam("slug") String slug, @PathParam("revision") int revision) {
        return views.full(editor().revision(editor().get(slug), revision));
    }

    @POST
    @Path("/{slug}/revisions/{revision}/restore")
    @RolesAllowed("staff")
    @Operation(summary = "Restore a revision: its content becomes a new revision; the history is untouched")
    public StaffView restore(@PathParam("slug") String slug, @PathParam("revision") int revision,
            SecurityContext security) {
        return editor().restore(slug, revision, author(security));
    }

    private static String author(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
