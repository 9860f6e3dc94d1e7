package shop.dozo.cart.account;

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
 * content-service's LoginThrottle for customers: failures count per (e-mail, client) and per client, never per
 * e-mail alone, so a stranger's guesses cannot keep a customer out from their own network. Past the free budget
 * each attempt waits a delay doubling from {@code first-delay} to {@code max-delay}. Counted in the database
 * ({@code customer_login_failure}), so replicas share one budget and a restart forgets nothing.
 */
@ApplicationScoped
public class SignInThrottle {
    private static final AttemptLedger FAILURES = new AttemptLedger("customer_login_failure");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AccountConfig config;

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

    private static String accountKey(String email, String client) {
        return AttemptLedger.subject("customer", email + "|" + client);
    }

    private static String clientKey(String client) {
        return AttemptLedger.subject("client", client);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
