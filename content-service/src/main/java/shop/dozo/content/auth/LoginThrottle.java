package shop.dozo.content.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import shop.dozo.support.TooManyRequests;

/**
 * Slows password guessing without ever locking an account: failures are counted per (account, client address)
 * and per client address, never per account alone, so a stranger's guesses cannot keep the owner out of their
 * own account from their own network. Past a free budget ({@code dozo.auth.free-failures} per account and client,
 * {@code dozo.auth.free-failures-per-client} per client, higher: an office shares one address), each further
 * attempt must wait a delay that doubles from {@code dozo.auth.first-delay} up to {@code dozo.auth.max-delay}
 * after the last failure; failures older than {@code dozo.auth.failure-window} are forgotten. Sign-ins and
 * password changes ({@code currentPassword}) share the budget. Per replica and in memory: with n replicas a
 * guesser gets at most n times the budget, still far too few for a bcrypt-hashed password.
 */
@ApplicationScoped
public class LoginThrottle {
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Inject
    LoginThrottleConfig config;

    /** Refuses with 429 and Retry-After while this account or this client must still wait. */
    public void requireNoWait(String email, String client) {
        Instant now = Instant.now();
        Duration wait = max(waitFor(accountKey(email, client), config.freeFailures(), now),
                waitFor(clientKey(client), config.freeFailuresPerClient(), now));
        if (!wait.isZero()) {
            throw new TooManyRequests("Too many wrong passwords from your address. Try again in "
                    + Math.max(1, (wait.toMillis() + 999) / 1000) + " second(s).", wait);
        }
    }

    public void failed(String email, String client) {
        if (failures.size() > 10_000) {
            forgetOldFailures(); // someone is spraying many emails or addresses: keep memory bounded
        }
        for (String key : new String[] { accountKey(email, client), clientKey(client) }) {
            Deque<Instant> recent = failures.computeIfAbsent(key, ignored -> new ArrayDeque<>());
            synchronized (recent) {
                recent.addLast(Instant.now());
            }
        }
    }

    /** The right password from this client: its own slowdown for this account ends. */
    public void succeeded(String email, String client) {
        failures.remove(accountKey(email, client));
    }

    private Duration waitFor(String key, int free, Instant now) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Duration.ZERO;
        }
        synchronized (recent) {
            recent.removeIf(failure -> failure.isBefore(now.minus(config.failureWindow())));
            int beyondBudget = recent.size() - free;
            if (beyondBudget < 0) {
                return Duration.ZERO;
            }
            Duration delay = config.firstDelay().multipliedBy(1L << Math.min(beyondBudget, 20));
            delay = delay.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : delay;
            Duration wait = Duration.between(now, recent.peekLast().plus(delay));
            return wait.isNegative() ? Duration.ZERO : wait;
        }
    }

    private static String accountKey(String email, String client) {
        return "account:" + email + "|" + client;
    }

    private static String clientKey(String client) {
        return "client:" + client;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private void forgetOldFailures() {
        Instant cutoff = Instant.now().minus(config.failureWindow());
        failures.values().removeIf(recent -> {
            synchronized (recent) {
                return recent.isEmpty() || recent.peekLast().isBefore(cutoff);
            }
        });
    }
}
