package shop.dozo.content.auth;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import shop.dozo.support.AttemptLedger;
import shop.dozo.support.TooManyRequests;

/**
 * Slows password guessing without ever locking an account: failures are counted per (account, client address)
 * and per client address, never per account alone, so a stranger's guesses cannot keep the owner out of their
 * own account from their own network. Past a free budget ({@code dozo.auth.free-failures} per account and client,
 * {@code dozo.auth.free-failures-per-client} per client, higher: an office shares one address), each further
 * attempt must wait a delay that doubles from {@code dozo.auth.first-delay} up to {@code dozo.auth.max-delay}
 * after the last failure; failures older than {@code dozo.auth.failure-window} are forgotten. Sign-ins and
 * password changes ({@code currentPassword}) share the budget. Counted in the database ({@code login_failure}),
 * so n replicas give a guesser the budget once, not n times, and a restart forgets nothing.
 */
@ApplicationScoped
public class LoginThrottle {
    private static final AttemptLedger FAILURES = new AttemptLedger("login_failure");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LoginThrottleConfig config;

    /** Refuses with 429 and Retry-After while this account or this client must still wait. */
    public void requireNoWait(String email, String client) {
        Duration wait;
        try (Connection db = dataSource.getConnection()) {
            wait = max(waitFor(db, accountKey(email, client), config.freeFailures()),
                    waitFor(db, clientKey(client), config.freeFailuresPerClient()));
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle failed: " + e.getMessage(), e);
        }
        if (!wait.isZero()) {
            throw new TooManyRequests("Too many wrong passwords from your address. Try again in "
                    + Math.max(1, (wait.toMillis() + 999) / 1000) + " second(s).", wait);
        }
    }

    /** In its own transaction: the refusal that follows rolls its caller's back, and the failure must stay. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String email, String client) {
        try (Connection db = dataSource.getConnection()) {
            long id = FAILURES.record(db, accountKey(email, client));
            FAILURES.record(db, clientKey(client));
            if (id % 64 == 0) {
                FAILURES.forgetOlderThan(db, config.failureWindow());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle failed: " + e.getMessage(), e);
        }
    }

    /** The right password from this client: its own slowdown for this account ends. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String email, String client) {
        try (Connection db = dataSource.getConnection()) {
            FAILURES.forget(db, accountKey(email, client));
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle failed: " + e.getMessage(), e);
        }
    }

    private Duration waitFor(Connection db, String subject, int free) throws SQLException {
        AttemptLedger.Count recent = FAILURES.count(db, subject, config.failureWindow());
        long beyondBudget = recent.attempts() - free;
        if (beyondBudget < 0) {
            return Duration.ZERO;
        }
        Duration delay = config.firstDelay().multipliedBy(1L << Math.min(beyondBudget, 20));
        delay = delay.compareTo(config.maxDelay()) > 0 ? config.maxDelay() : delay;
        Duration wait = delay.minusNanos((long) (recent.secondsSinceNewest() * 1e9));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    static String accountKey(String email, String client) {
        return AttemptLedger.subject("account", email + "|" + client);
    }

    static String clientKey(String client) {
        return AttemptLedger.subject("client", client);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
