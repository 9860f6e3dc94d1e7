package shop.dozo.review.moderation;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import shop.dozo.review.review.Review;
import shop.dozo.review.review.ReviewPage;
import shop.dozo.review.review.ReviewStatus;
import shop.dozo.support.ProblemException;

@ApplicationScoped
public class StaffQueries {

    /** Newest first, optionally only one status and/or one SKU. */
    public ReviewPage<StaffReview> list(ReviewStatus status, String sku, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        if (sku != null) {
            conditions.add("sku = :sku");
            parameters.and("sku", sku);
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        long total = Review.count(where, parameters);
        List<StaffReview> items = Review.<Review>find(where + " order by id desc", parameters)
                .page(Page.of(page, size)).stream().map(StaffReview::of).toList();
        return new ReviewPage<>(page, size, total, items);
    }

    public Review byId(long id) {
        Review review = Review.findById(id);
        if (review == null) {
            throw ProblemException.notFound("No review with id " + id + ".");
        }
        return review;
    }
}
