package shop.dozo.review.abuse;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;

/** Abuse protection ({@link PostingGuard}, see review-service/README.md). */
@ConfigMapping(prefix = "dozo.review")
public interface PostingGuardConfig {
    /** At most {@code max-posts} reviews per client in any {@code window}. */
    RateLimit rateLimit();

    /** The same text for the same SKU is refused for this long. */
    @WithDefault("PT24H")
    @DurationMin(millis = 0)
    Duration duplicateWindow();

    interface RateLimit {
        @WithDefault("10")
        @Min(1)
        int maxPosts();

        @WithDefault("PT1H")
        @DurationMin(seconds = 1)
        Duration window();
    }
}
