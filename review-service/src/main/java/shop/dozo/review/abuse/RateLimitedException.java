package shop.dozo.review.abuse;

import java.time.Duration;
import shop.dozo.support.Problem;
import shop.dozo.support.ProblemException;

/** 429 with Retry-After: this client posted too many reviews recently. */
public class RateLimitedException extends ProblemException {
    private final long retryAfterSeconds;

    public RateLimitedException(Duration retryAfter) {
        super(Problem.of(429, "Too Many Requests",
                "You have posted several reviews in a short time. Please wait a little before posting another."));
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
