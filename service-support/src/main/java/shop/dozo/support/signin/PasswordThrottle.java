package shop.dozo.support.signin;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import shop.dozo.support.AttemptLedger;
import shop.dozo.support.TooManyRequests;

/**
 * Slows password guessing without ever locking an account, for staff (content-service) and customers
 * (cart-service) alike: failures are counted per (account, client address) and per client address, never per
 * account alone, so a stranger's guesses cannot keep someone out of their own account from their own network.
 * Past a free budget each further attempt waits a delay that doubles from {@code firstDelay} up to
 * {@code maxDelay} after the last failure; failures older than {@code failureWindow} are forgotten. Counted in
 * the database (the subclass's table), so n replicas give a guesser the budget once, not n times, and a restart
 * forgets nothing. A subclass is an {@code @ApplicationScoped} bean naming its table and its limits.
 */
public abstract class PasswordThrottle {

    /** The budget and the delays; a service's {@code @ConfigMapping} extends this. */
    public interface Limits {
        int freeFailures();

        int freeFailuresPerClient();

        Duration firstDelay();

        Duration maxDelay();

        Duration failureWindow();
    }

    private final AttemptLedger failures;
    private final String accountKind;

    @Inject
    AgroalDataSource dataSource;

    /**
     * @param table       the service's own failure table ({@link AttemptLedger})
     * @param accountKind what an account is called in the subject key ({@code account}, {@code customer})
     */
    protected PasswordThrottle(String table, String accountKind) {
        this.failures = new AttemptLedger(table);
        this.accountKind = accountKind;
    }

    protected abstract Limits limits();

    /** Refuses with 429 and Retry-After while this account or this client must still wait. */
    public void requireNoWait(String account, String client) {
        Duration wait;
        try (Connection db = dataSource.getConnection()) {
            wait = max(waitFor(db, accountKey(account, client), limits().freeFailures()),
                    waitFor(db, clientKey(client), limits().freeFailuresPerClient()));
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
    public void failed(String account, String client) {
        try (Connection db = dataSource.getConnection()) {
            long id = failures.record(db, accountKey(account, client));
            failures.record(db, clientKey(client));
            if (id % 64 == 0) {
                failures.forgetOlderThan(db, limits().failureWindow());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle failed: " + e.getMessage(), e);
        }
    }

    /** The right password from this client: its own slowdown for this account ends. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String account, String client) {
        try (Connection db = dataSource.getConnection()) {
            failures.forget(db, accountKey(account, client));
        } catch (SQLException e) {
            throw new IllegalStateException("Sign-in throttle failed: " + e.getMessage(), e);
        }
    }

    private Duration waitFor(Connection db, String subject, int free) throws SQLException {
        AttemptLedger.Count recent = failures.count(db, subject, limits().failureWindow());
        long beyondBudget = recent.attempts() - free;
        if (beyondBudget < 0) {
            return Duration.ZERO;
        }
        Duration delay = limits().firstDelay().multipliedBy(1L << Math.min(beyondBudget, 20));
        delay = delay.compareTo(limits().maxDelay()) > 0 ? limits().maxDelay() : delay;
        Duration wait = delay.minusNanos((long) (recent.secondsSinceNewest() * 1e9));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private String accountKey(String account, String client) {
        return AttemptLedger.subject(accountKind, account + "|" + client);
    }

    private static String clientKey(String client) {
        return AttemptLedger.subject("client", client);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
