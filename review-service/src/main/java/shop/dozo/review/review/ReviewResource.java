package shop.dozo.review.review;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.dozo.review.moderation.Moderation;
import shop.dozo.support.client.ClientAddress;

/** What shoppers (through the storefront) do: read approved reviews, post one, withdraw their own. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    ReviewQueries queries;

    @Inject
    ReviewPosting posting;

    @Inject
    Moderation moderation;

    @Inject
    ClientAddress clientAddress;

    @GET
    @Path("/reviews")
    public ReviewPage<PublicReview> approved(
            @QueryParam("sku") @NotNull @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String sku,
            @QueryParam("sort") @DefaultValue("newest") String sort,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("10") @Min(1) @Max(50) int size) {
        return queries.approved(sku, ReviewSort.parse(sort), page, size);
    }

    /** 202: the review waits for moderation. The answer looks the same whether it was kept or discarded. */
    @POST
    @Path("/reviews")
    public Response post(@Valid @NotNull ReviewRequest request, @Context HttpServerRequest http) {
        return Response.accepted(posting.post(request, clientAddress.of(http))).build();
    }

    /**
     * The same answer whether or not the key belongs to a review: a honeypot's key (nothing was kept) must not be
     * told apart from a real one, so no robot learns that it was caught.
     */
    @POST
    @Path("/reviews/withdraw")
    public WithdrawnReview withdraw(@Valid @NotNull WithdrawRequest request) {
        moderation.withdrawByShopper(request.withdrawKey());
        return new WithdrawnReview(ReviewStatus.WITHDRAWN.json());
    }

    public record WithdrawRequest(@NotNull
    @Pattern(regexp = "[A-Za-z0-9_-]{43}", message = "the key you got when posting") String withdrawKey) {
    }

    public record WithdrawnReview(String status) {
    }
}
