package shop.dozo.web.upstream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import shop.dozo.api.Problem;

/**
 * A service answered with an error status. The pages decide what the shopper sees; a 4xx means the service is
 * alive (so it does not trip a circuit breaker), a 5xx does.
 */
public class UpstreamProblem extends RuntimeException {
    private static final ObjectMapper JSON =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final transient Problem problem;
    private final String retryAfter;

    public UpstreamProblem(Problem problem) {
        this(problem, null);
    }

    public UpstreamProblem(Problem problem, String retryAfter) {
        super(problem.status() + " " + problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    public boolean isNotFound() {
        return problem.status() == 404;
    }

    /** The answer's Retry-After header as sent (a 429's), or null. */
    public String retryAfter() {
        return retryAfter;
    }

    /** For {@link UpstreamErrors}: reads the problem body, or makes one from the status alone. */
    public static RuntimeException from(Response response) {
        int status = response.getStatus();
        Problem problem = null;
        try {
            if (response.hasEntity()) {
                problem = JSON.readValue(response.readEntity(String.class), Problem.class);
            }
        } catch (Exception unreadable) {
            // Not a problem document (a proxy's error page, say): the status still tells enough.
        }
        if (problem == null) {
            problem = Problem.of(status, "HTTP " + status, null);
        } else if (problem.status() != status) {
            problem = problem.withStatus(status);
        }
        return status >= 500 ? new UpstreamDown(problem)
                : new UpstreamProblem(problem, response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }
}
