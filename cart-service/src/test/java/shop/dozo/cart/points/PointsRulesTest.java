package shop.dozo.cart.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PointsRulesTest {
    private static final PointsRules DEMO = new PointsRules(1);

    @Test
    void onePercentOfTheItemsRoundedDownOnceAfterTheMultiplier() {
        assertEquals(34, DEMO.earned(3496, 1));
        // 3,496 × 1 % × 10 = 349.6 → 349; rounding before multiplying would give 340.
        assertEquals(349, DEMO.earned(3496, 10));
        assertEquals(0, DEMO.earned(99, 1));
        assertEquals(0, new PointsRules(0).earned(100_000, 10));
        assertThrows(IllegalArgumentException.class, () -> new PointsRules(101));
    }

    @Test
    void theDemoRenewalCampaignRunsThroughJulyInJapan() {
        Campaign renewal = new Campaign();
        renewal.startsAt = OffsetDateTime.parse("2026-07-01T00:00:00+09:00").toInstant();
        renewal.endsAt = OffsetDateTime.parse("2026-07-31T23:59:59+09:00").toInstant();
        assertFalse(renewal.runningAt(Instant.parse("2026-06-30T14:59:59Z")), "still June in Japan");
        assertTrue(renewal.runningAt(Instant.parse("2026-06-30T15:00:00Z")), "1 July, midnight in Japan");
        assertTrue(renewal.runningAt(Instant.parse("2026-07-31T14:59:58Z")));
        assertFalse(renewal.runningAt(Instant.parse("2026-07-31T15:00:00Z")), "August in Japan");
    }
}
