package shop.dozo.cart.lookup;

import java.time.Duration;
import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

/** 429: too many order lookups failed for this address or e-mail; {@link TooManyLookupsMapper} adds Retry-After. */
public class TooManyLookups extends ProblemException {
    private final long retryAfterSeconds;

    public TooManyLookups(Duration retryAfter) {
        super(Problem.of(429, "Too Many Requests", "Too many order lookups did not match. Please try again in "
                + Math.max(1, (retryAfter.toSeconds() + 59) / 60) + " minute(s), or use the link from your order."));
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
