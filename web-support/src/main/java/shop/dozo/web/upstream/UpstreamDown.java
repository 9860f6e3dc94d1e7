package shop.dozo.web.upstream;

import shop.dozo.api.Problem;

/**
 * A service answered 5xx: it is there but cannot serve. Unlike a 4xx {@link UpstreamProblem} this counts as a
 * failure for the circuit breakers.
 */
public class UpstreamDown extends RuntimeException {
    public UpstreamDown(Problem problem) {
        super(problem.status() + " " + problem.title(), null, false, false);
    }
}
