package shop.dozo.cart.lookup;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import shop.dozo.support.AttemptLedger;

/**
 * A few failed order lookups per client address and per e-mail in a sliding window, then 429 with Retry-After.
 * Counted in the database ({@code lookup_attempt}, through {@link AttemptLedger}) so every replica sees the same
 * numbers. Each attempt is written before it is counted, so of many parallel requests at most the budget go
 * ahead; refused attempts and lookups that matched are taken out again, so only misses count. The owner of an
 * e-mail an attacker is guessing for still has the order's secret link.
 */
@ApplicationScoped
public class LookupThrottle {

    /** The rows this attempt wrote, to take back when it matched. */
    public record Attempt(List<Long> ids) {
    }

    private static final AttemptLedger ATTEMPTS = new AttemptLedger("lookup_attempt");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrderLookupConfig config;

    public Attempt begin(String client, String email) {
        try (Connection db = dataSource.getConnection()) {
            String clientKey = AttemptLedger.subject("client", client);
            String emailKey = AttemptLedger.subject("email", email);
            List<Long> ids = List.of(ATTEMPTS.record(db, clientKey), ATTEMPTS.record(db, emailKey));
            long wait = Math.max(waitSeconds(db, clientKey, config.maxFailuresPerClient()),
                    waitSeconds(db, emailKey, config.maxFailuresPerEmail()));
            if (wait > 0) {
                ATTEMPTS.delete(db, ids);
                throw new TooManyLookups(Duration.ofSeconds(wait));
            }
            if (ids.get(0) % 64 == 0) {
                ATTEMPTS.forgetOlderThan(db, config.window());
            }
            return new Attempt(ids);
        } catch (SQLException e) {
            throw new IllegalStateException("Order lookup throttle failed: " + e.getMessage(), e);
        }
    }

    public void matched(Attempt attempt) {
        try (Connection db = dataSource.getConnection()) {
            ATTEMPTS.delete(db, attempt.ids());
        } catch (SQLException e) {
            throw new IllegalStateException("Order lookup throttle failed: " + e.getMessage(), e);
        }
    }

    /** 0 while this attempt (already counted) is within the budget; else seconds until the oldest leaves the window. */
    private long waitSeconds(Connection db, String subject, int budget) throws SQLException {
        AttemptLedger.Count recent = ATTEMPTS.count(db, subject, config.window());
        if (recent.attempts() <= budget) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil(config.window().toSeconds() - recent.secondsSinceOldest()));
    }
}
