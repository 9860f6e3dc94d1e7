package shop.dozo.review.moderation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
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
import java.net.URI;
import java.util.List;
import java.util.Locale;
import shop.dozo.review.abuse.TextRules;
import shop.dozo.review.review.ImportedReviewRequest;
import shop.dozo.review.review.ReviewImport;
import shop.dozo.review.review.ReviewPage;
import shop.dozo.review.review.ReviewStatus;
import shop.dozo.review.review.Skus;

/** Staff moderate reviews: approve, reject, withdraw, reply; and import reviews that are already approved. */
@Path("/api/staff/reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class StaffReviewResource {

    @Inject
    Moderation moderation;

    @Inject
    StaffQueries queries;

    @Inject
    ReviewImport imports;

    @Inject
    SecurityIdentity identity;

    @GET
    public ReviewPage<StaffReview> list(
            @QueryParam("status") @Pattern(regexp = "pending|approved|rejected|withdrawn",
                    message = "pending, approved, rejected or withdrawn") String status,
            @QueryParam("sku") @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String sku,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        ReviewStatus wanted = status == null ? null : ReviewStatus.valueOf(status.toUpperCase(Locale.ROOT));
        return queries.list(wanted, sku, page, size);
    }

    @GET
    @Path("/{id}")
    public StaffReview get(@PathParam("id") long id) {
        return StaffReview.of(queries.byId(id));
    }

    @GET
    @Path("/{id}/history")
    public List<ModerationEventView> history(@PathParam("id") long id) {
        queries.byId(id);
        return ModerationEvent.historyOf(id).stream().map(ModerationEventView::of).toList();
    }

    @POST
    @Path("/{id}/approve")
    public StaffReview approve(@PathParam("id") long id, @Valid ModerationRequests.Note note) {
        return StaffReview.of(moderation.approve(id, reason(note), actor()));
    }

    @POST
    @Path("/{id}/reject")
    public StaffReview reject(@PathParam("id") long id, @Valid @NotNull ModerationRequests.Rejection rejection) {
        return StaffReview.of(moderation.reject(id, TextRules.kept(rejection.reason()), actor()));
    }

    @POST
    @Path("/{id}/withdraw")
    public StaffReview withdraw(@PathParam("id") long id, @Valid ModerationRequests.Note note) {
        return StaffReview.of(moderation.withdraw(id, reason(note), actor()));
    }

    @PUT
    @Path("/{id}/reply")
    public StaffReview reply(@PathParam("id") long id, @Valid @NotNull ModerationRequests.Reply reply) {
        return StaffReview.of(moderation.reply(id, TextRules.kept(reply.body()), actor()));
    }

    @DELETE
    @Path("/{id}/reply")
    public StaffReview removeReply(@PathParam("id") long id) {
        return StaffReview.of(moderation.removeReply(id, actor()));
    }

    /** Seeding and migration: 201 when created, 200 with the stored review when the externalId is known. */
    @POST
    public Response importReview(@Valid @NotNull ImportedReviewRequest request) {
        ReviewImport.Outcome outcome = imports.importReview(request, actor());
        StaffReview view = StaffReview.of(outcome.review());
        return outcome.created()
                ? Response.created(URI.create("/api/staff/reviews/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static String reason(ModerationRequests.Note note) {
        if (note == null || note.reason() == null || note.reason().isBlank()) {
            return null;
        }
        return TextRules.kept(note.reason());
    }
}
