package shop.dozo.review.review;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ReviewQueries {

    public ReviewPage<PublicReview> approved(String sku, ReviewSort sort, int page, int size) {
        String where = "sku = ?1 and status = ?2";
        long total = Review.count(where, sku, ReviewStatus.APPROVED);
        var items = Review.<Review>find(where + " order by " + sort.orderBy, sku, ReviewStatus.APPROVED)
                .page(Page.of(page, size)).stream().map(PublicReview::of).toList();
        return new ReviewPage<>(page, size, total, items);
    }
}
