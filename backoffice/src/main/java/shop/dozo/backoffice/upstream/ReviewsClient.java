package shop.dozo.backoffice.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.UpstreamErrors;

/** review-service's moderation API. */
@RegisterRestClient(configKey = "review")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api/staff/reviews")
@Consumes(MediaType.APPLICATION_JSON)
public interface ReviewsClient {

    record Reply(String body, String author, Instant repliedAt) {
    }

    record Review(long id, String externalId, String sku, int rating, String title, String body, String nickname,
            String status, String statusReason, String purchaseCheck, boolean verifiedPurchase, String orderNumber,
            Reply reply, long version, Instant createdAt, Instant updatedAt) {
    }

    record ReviewPage(int page, int size, long total, List<Review> items) {
    }

    record Event(long id, long reviewId, String action, String fromStatus, String toStatus, String reason,
            String note, String actor, Instant createdAt) {
    }

    record Note(String reason) {
    }

    record ReplyBody(String body) {
    }

    @GET
    ReviewPage list(@QueryParam("status") String status, @QueryParam("sku") String sku, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("/{id}")
    Review one(@PathParam("id") long id);

    @GET
    @Path("/{id}/history")
    List<Event> history(@PathParam("id") long id);

    @POST
    @Path("/{id}/approve")
    Review approve(@PathParam("id") long id, Note note);

    @POST
    @Path("/{id}/reject")
    Review reject(@PathParam("id") long id, Note reason);

    @POST
    @Path("/{id}/withdraw")
    Review withdraw(@PathParam("id") long id, Note note);

    @PUT
    @Path("/{id}/reply")
    Review reply(@PathParam("id") long id, ReplyBody reply);

    @DELETE
    @Path("/{id}/reply")
    Review removeReply(@PathParam("id") long id);
}
