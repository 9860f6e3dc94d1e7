package shop.dozo.review.rating;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import shop.dozo.review.review.Skus;
import shop.dozo.support.ProblemException;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class RatingResource {
    static final int MAX_SKUS = 100;

    @Inject
    RatingQueries ratings;

    @GET
    @Path("/reviews/summary")
    public RatingSummary summary(
            @QueryParam("sku") @NotNull @Pattern(regexp = Skus.PATTERN, message = Skus.MESSAGE) String sku) {
        return ratings.summaries(List.of(sku)).get(0);
    }

    /** For product listings: {@code ?sku=A&sku=B}, answered in the same order, each SKU once. */
    @GET
    @Path("/reviews/summaries")
    public List<RatingSummary> summaries(@QueryParam("sku") List<String> skus) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>(skus == null ? List.of() : skus);
        if (distinct.isEmpty() || distinct.size() > MAX_SKUS) {
            throw ProblemException.badRequest("sku", "between 1 and " + MAX_SKUS + " SKUs");
        }
        if (!distinct.stream().allMatch(Skus::valid)) {
            throw ProblemException.badRequest("sku", Skus.MESSAGE);
        }
        return ratings.summaries(distinct);
    }
}
