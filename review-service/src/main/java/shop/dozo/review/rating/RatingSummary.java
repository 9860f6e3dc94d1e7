package shop.dozo.review.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stars of one SKU's approved reviews. {@code average} is rounded half-up to one decimal and is null when
 * there are no reviews; {@code distribution} always has the keys "1" to "5".
 */
public record RatingSummary(String sku, long count, BigDecimal average, Map<String, Long> distribution) {

    /** @param perStar perStar[n] = number of approved reviews with n stars (index 0 unused) */
    public static RatingSummary of(String sku, long[] perStar) {
        long count = 0;
        long sum = 0;
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (int stars = 1; stars <= 5; stars++) {
            distribution.put(Integer.toString(stars), perStar[stars]);
            count += perStar[stars];
            sum += stars * perStar[stars];
        }
        BigDecimal average = count == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
        return new RatingSummary(sku, count, average, distribution);
    }
}
