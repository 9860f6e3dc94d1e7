package shop.dozo.review.abuse;

import java.time.Duration;
import shop.dozo.support.TooManyRequests;

/** 429 with Retry-After: this client posted too many reviews recently. */
public class RateLimitedException extends TooManyRequests {

    public RateLimitedException(Duration retryAfter) {
        super("You have posted several reviews in a short time. Please wait a little before posting another.",
                retryAfter);
    }
}
