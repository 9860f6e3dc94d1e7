package shop.dozo.backoffice.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.backoffice.session.BackofficeConfig;
import shop.dozo.backoffice.upstream.ReviewsClient;
import shop.dozo.backoffice.upstream.ReviewsClient.Event;
import shop.dozo.backoffice.upstream.ReviewsClient.Review;
import shop.dozo.backoffice.web.FormErrors;
import shop.dozo.backoffice.web.Language;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Review moderation: the queue (pending first), one review with approve, reject and the shop's reply, its history,
 * and the recent history of all. Every rule (a rejection needs a reason, a withdrawn review stays withdrawn, what
 * a reply may say) is review-service's; this screen keeps what was typed and shows its answer.
 */
@Path("/reviews")
@Produces(MediaType.TEXT_HTML)
public class ReviewPages {
    private static final int PAGE_SIZE = 20;
    /** The recent history reads the history of this many newest reviews; review-service has no feed of all. */
    private static final int HISTORY_REVIEWS = 20;
    private static final List<String> STATUSES = List.of("pending", "approved", "rejected", "withdrawn", "all");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ReviewsClient.ReviewPage reviews, String status, List<String> statuses,
                boolean hasNext);

        static native TemplateInstance review(Review review, List<HistoryLine> history, ReviewForm form,
                FormErrors errors,
                String notice, String shopUrl);

        static native TemplateInstance history(List<HistoryLine> lines, int reviews);
    }

    /** A line of the recent history with the review it belongs to. */
    public record HistoryLine(Event event, Review review) {
    }

    @Inject
    @RestClient
    ReviewsClient reviews;

    @Inject
    Language lang;

    @Inject
    BackofficeConfig config;

    @GET
    public TemplateInstance list(@QueryParam("status") @DefaultValue("pending") String status,
            @QueryParam("page") @DefaultValue("0") int page) {
        String shown = STATUSES.contains(status) ? status : "pending";
        int safePage = Math.max(0, Math.min(page, 10_000));
        ReviewsClient.ReviewPage found =
                reviews.list("all".equals(shown) ? null : shown, null, safePage, PAGE_SIZE);
        return Templates.list(found, shown, STATUSES, (long) (safePage + 1) * PAGE_SIZE < found.total());
    }

    @GET
    @Path("/history")
    public TemplateInstance history() {
        List<Review> newest = reviews.list(null, null, 0, HISTORY_REVIEWS).items();
        Map<Long, Review> byId = newest.stream().collect(java.util.stream.Collectors.toMap(Review::id,
                Function.identity()));
        List<HistoryLine> lines = newest.stream().flatMap(review -> reviews.history(review.id()).stream())
                .sorted(Comparator.comparing(Event::createdAt).thenComparingLong(Event::id).reversed())
                .map(event -> new HistoryLine(event, byId.get(event.reviewId()))).toList();
        return Templates.history(lines, newest.size());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance review(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Review review = reviews.one(id);
        return page(review, ReviewForm.of(review), FormErrors.NONE, notice);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id, @RestForm("note") String note) {
        return act(id, () -> reviews.approve(id, new ReviewsClient.Note(blankAsNull(note))), "approved",
                form -> form.withApproveNote(note), Map.of("reason", "note"));
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, @RestForm("reason") String reason) {
        return act(id, () -> reviews.reject(id, new ReviewsClient.Note(reason == null ? "" : reason)), "rejected",
                form -> form.withRejectReason(reason), Map.of());
    }

    @POST
    @Path("/{id}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@PathParam("id") long id, @RestForm("reply") String reply) {
        return act(id, () -> reviews.reply(id, new ReviewsClient.ReplyBody(reply == null ? "" : reply)), "replied",
                form -> form.withReplyBody(reply), Map.of("body", "reply"));
    }

    @POST
    @Path("/{id}/reply/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeReply(@PathParam("id") long id) {
        return act(id, () -> reviews.removeReply(id), "reply-removed", UnaryOperator.identity(), Map.of());
    }

    /**
     * One moderation step; a refusal shows the review again with the typed text kept, the answer next to its field.
     */
    private Response act(long id, Runnable step, String notice, UnaryOperator<ReviewForm> typed,
            Map<String, String> fieldNames) {
        try {
            step.run();
            return Redirects.seeOther("/reviews/" + id + "?notice=" + notice).build();
        } catch (UpstreamProblem refused) {
            if (refused.status() != 400 && refused.status() != 409 && refused.status() != 422) {
                throw refused;
            }
            Review review = reviews.one(id);
            FormErrors errors = FormErrors.of(refused.problem(), lang.isEnglish(), fieldNames);
            return Response.status(refused.status())
                    .entity(page(review, typed.apply(ReviewForm.of(review)), errors, null)).build();
        }
    }

    private TemplateInstance page(Review review, ReviewForm form, FormErrors errors, String notice) {
        List<HistoryLine> history =
                reviews.history(review.id()).stream().map(event -> new HistoryLine(event, review)).toList();
        return Templates.review(review, history, form, errors, notice, config.storefrontUrl());
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
