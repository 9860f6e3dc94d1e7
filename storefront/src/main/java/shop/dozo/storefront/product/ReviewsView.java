package shop.dozo.storefront.product;

import shop.dozo.storefront.review.ReviewList;
import shop.dozo.storefront.review.ReviewSummary;

/**
 * The reviews part of a product page. {@code down} when review-service could not answer: the page then shows
 * a short notice instead, and everything else on it works.
 */
public record ReviewsView(ReviewSummary summary, ReviewList list, boolean down, int page) {

    public static ReviewsView unavailable() {
        return new ReviewsView(null, null, true, 1);
    }

    public boolean any() {
        return !down && summary != null && summary.count() > 0;
    }

    public boolean hasMore() {
        return list != null && (long) page * list.size() < list.total();
    }

    public int previousPage() {
        return page - 1;
    }

    public int nextPage() {
        return page + 1;
    }

    /** The average rounded to whole stars, for the ★★★★☆ picture. */
    public int roundedStars() {
        return summary == null || summary.average() == null ? 0
                : summary.average().setScale(0, java.math.RoundingMode.HALF_UP).intValue();
    }

    public record StarCount(int stars, long count) {
    }

    /** Five stars first, as shoppers read it. */
    public java.util.List<StarCount> distribution() {
        java.util.List<StarCount> rows = new java.util.ArrayList<>();
        for (int stars = 5; stars >= 1; stars--) {
            rows.add(new StarCount(stars, summary == null ? 0 : summary.withStars(stars)));
        }
        return rows;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    /** Average as "4.5"; "-" never reaches the page because {@link #any()} guards it. */
    public String average() {
        return summary == null || summary.average() == null ? "-" : summary.average().toPlainString();
    }
}
