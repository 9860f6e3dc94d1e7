package shop.dozo.support;

import java.time.Duration;
import shop.dozo.api.Problem;

/** 429: this client must wait; always answered with Retry-After (whole seconds, at least 1). */
public class TooManyRequests extends ProblemException {
    private final long retryAfterSeconds;

    public TooManyRequests(String detail, Duration wait) {
        super(Problem.of(429, "Too Many Requests", detail));
        long seconds = (wait.toMillis() + 999) / 1000;
        this.retryAfterSeconds = Math.max(1, seconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
