package shop.dozo.support;

import java.time.Duration;
import shop.dozo.api.Problem;

/**
 * 503: the request was right but the shop could not do it just now; always answered with Retry-After (whole
 * seconds, at least 1), so a browser or a client tries again instead of reading it as a bug.
 */
public class ServiceUnavailable extends ProblemException {
    private final long retryAfterSeconds;

    public ServiceUnavailable(String detail, Duration wait, Throwable cause) {
        super(Problem.of(503, "Service Unavailable", detail), cause);
        this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
