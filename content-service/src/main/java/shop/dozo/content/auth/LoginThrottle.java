package shop.dozo.content.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows password guessing: after too many failed sign-ins for one email ({@code dozo.auth.max-failures}) or from
 * one client address ({@code dozo.auth.max-failures-per-client}, higher: an office shares one address) within the
 * window, further attempts are refused until the window has passed. Per replica: with n replicas a guesser gets at
 * most n times the budget, still far too few for a bcrypt-hashed password.
 */
@ApplicationScoped
public class LoginThrottle {
    /** Keys for client addresses start with this; the others are emails. */
    public static final String CLIENT = "client:";

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @ConfigProperty(name = "dozo.auth.max-failures")
    int maxFailures;

    @ConfigProperty(name = "dozo.auth.max-failures-per-client")
    int maxFailuresPerClient;

    @ConfigProperty(name = "dozo.auth.failure-window")
    Duration window;

    /** @return how long to wait, or zero when the attempt may go ahead */
    public Duration waitBefore(String... keys) {
        Instant now = Instant.now();
        Duration longest = Duration.ZERO;
        for (String key : keys) {
            Deque<Instant> recent = failures.get(key);
            if (recent == null) {
                continue;
            }
            synchronized (recent) {
                recent.removeIf(failure -> failure.isBefore(now.minus(window)));
                if (recent.size() >= (key.startsWith(CLIENT) ? maxFailuresPerClient : maxFailures)) {
                    Duration wait = Duration.between(now, recent.peekFirst().plus(window));
                    longest = wait.compareTo(longest) > 0 ? wait : longest;
                }
            }
        }
        return longest;
    }

    public void failed(String... keys) {
        if (failures.size() > 10_000) {
            forgetOldFailures(); // someone is spraying many emails: keep memory bounded
        }
        for (String key : keys) {
            Deque<Instant> recent = failures.computeIfAbsent(key, ignored -> new ArrayDeque<>());
            synchronized (recent) {
                recent.addLast(Instant.now());
            }
        }
    }

    public void succeeded(String email) {
        failures.remove(email);
    }

    private void forgetOldFailures() {
        Instant cutoff = Instant.now().minus(window);
        failures.values().removeIf(recent -> {
            synchronized (recent) {
                return recent.isEmpty() || recent.peekLast().isBefore(cutoff);
            }
        });
    }
}
