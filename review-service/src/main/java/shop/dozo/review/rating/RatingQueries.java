package shop.dozo.review.rating;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shop.dozo.review.review.Review;
import shop.dozo.review.review.ReviewStatus;

/**
 * Aggregates are computed from the rows in one grouped query, never kept as counters: one consistent snapshot,
 * so concurrent posts and moderation can never leave them wrong.
 */
@ApplicationScoped
public class RatingQueries {

    /** One summary per SKU, in the order given; SKUs without reviews get an empty summary. */
    public List<RatingSummary> summaries(Collection<String> skus) {
        Map<String, long[]> perStar = new LinkedHashMap<>();
        skus.forEach(sku -> perStar.put(sku, new long[6]));
        List<Object[]> rows = Review.getEntityManager().createQuery(
                "select r.sku, r.rating, count(r) from Review r where r.sku in ?1 and r.status = ?2"
                        + " group by r.sku, r.rating",
                Object[].class)
                .setParameter(1, skus).setParameter(2, ReviewStatus.APPROVED).getResultList();
        for (Object[] row : rows) {
            perStar.get((String) row[0])[((Number) row[1]).intValue()] = ((Number) row[2]).longValue();
        }
        return perStar.entrySet().stream().map(entry -> RatingSummary.of(entry.getKey(), entry.getValue())).toList();
    }
}
