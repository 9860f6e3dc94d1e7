package shop.dozo.storefront.review;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.Map;

/** The stars of one product: {@code average} to one decimal, null when nobody has reviewed it yet. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewSummary(String sku, long count, BigDecimal average, Map<String, Long> distribution) {

    /** How many reviews gave this many stars, for the bar chart. */
    public long withStars(int stars) {
        return distribution == null ? 0 : distribution.getOrDefault(Integer.toString(stars), 0L);
    }

    /** Width of a bar in percent of all reviews. */
    public long percentWithStars(int stars) {
        return count == 0 ? 0 : Math.round(100.0 * withStars(stars) / count);
    }
}
