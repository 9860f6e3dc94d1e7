package shop.dozo.review.rating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingSummaryTest {

    @Test
    void noReviewsHaveNoAverageAndAnEmptyDistribution() {
        RatingSummary summary = RatingSummary.of("A", new long[6]);
        assertEquals(0, summary.count());
        assertNull(summary.average());
        assertEquals(Map.of("1", 0L, "2", 0L, "3", 0L, "4", 0L, "5", 0L), summary.distribution());
    }

    @Test
    void theAverageIsRoundedHalfUpToOneDecimalFromExactIntegers() {
        assertEquals(new BigDecimal("4.7"), RatingSummary.of("A", perStar(0, 0, 0, 1, 2)).average()); // 14/3
        assertEquals(new BigDecimal("4.3"), RatingSummary.of("A", perStar(0, 0, 0, 2, 1)).average()); // 13/3
        assertEquals(new BigDecimal("4.5"), RatingSummary.of("A", perStar(0, 0, 0, 11, 9)).average()); // 89/20 = 4.45
        assertEquals(new BigDecimal("5.0"), RatingSummary.of("A", perStar(0, 0, 0, 0, 7)).average());
        assertEquals(new BigDecimal("1.0"), RatingSummary.of("A", perStar(1, 0, 0, 0, 0)).average());
    }

    @Test
    void countAndDistributionComeFromTheSameRows() {
        RatingSummary summary = RatingSummary.of("A", perStar(1, 2, 3, 4, 5));
        assertEquals(15, summary.count());
        assertEquals(Map.of("1", 1L, "2", 2L, "3", 3L, "4", 4L, "5", 5L), summary.distribution());
        assertEquals(new BigDecimal("3.7"), summary.average()); // 55/15 = 3.666...
    }

    private static long[] perStar(long one, long two, long three, long four, long five) {
        return new long[]{0, one, two, three, four, five};
    }
}
