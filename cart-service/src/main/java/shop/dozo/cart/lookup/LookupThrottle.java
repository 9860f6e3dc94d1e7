package shop.dozo.cart.lookup;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * A few failed order lookups per client address and per e-mail in a sliding window, then 429 with Retry-After.
 * Counted in the database ({@code lookup_attempt}) so every replica sees the same numbers, the way
 * review-service counts posts from its rows; no rate-limit library here shares its count across replicas
 * through MariaDB without a new store. Each attempt is written before it is counted, so of many parallel
 * requests at most the budget go ahead; refused attempts and lookups that matched are taken out again, so only
 * misses count. The owner of an e-mail an attacker is guessing for still has the order's secret link.
 */
@ApplicationScoped
public class LookupThrottle {

    /** The rows this attempt wrote, to take back when it matched. */
    public record Attempt(List<Long> ids) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrderLookupConfig config;

    public Attempt begin(String client, String email) {
        try (Connection db = dataSource.getConnection()) {
            String clientKey = hash("client\n" + client);
            String emailKey = hash("email\n" + email);
            List<Long> ids = List.of(insert(db, clientKey), insert(db, emailKey));
            long wait = Math.max(waitSeconds(db, clientKey, config.maxFailuresPerClient()), waitSeconds(db, emailKey, config.maxFailuresPerEmail()));
            if (wait > 0) {
                delete(db, ids);
                throw new TooManyLookups(Duration.ofSeconds(wait));
            }
            if (ids.get(0) % 64 == 0) {
                forgetOld(db);
            }
            return new Attempt(ids);
        } catch (SQLException e) {
            throw new IllegalStateException("Order lookup throttle failed: " + e.getMessage(), e);
        }
    }

    public void matched(Attempt attempt) {
        try (Connection db = dataSource.getConnection()) {
            delete(db, attempt.ids());
        } catch (SQLException e) {
            throw new IllegalStateException("Order lookup throttle failed: " + e.getMessage(), e);
        }
    }

    private long insert(Connection db, String subject) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO lookup_attempt (subject) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, subject);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** 0 while this attempt (already counted) is within the budget; else seconds until the oldest leaves the window. */
    private long waitSeconds(Connection db, String subject, int budget) throws SQLException {
        try (PreparedStatement count = db.prepareStatement("SELECT COUNT(*), "
                + "CEIL(TIMESTAMPDIFF(MICROSECOND, NOW(6), MIN(attempted_at) + INTERVAL ? SECOND) / 1e6) "
                + "FROM lookup_attempt WHERE subject = ? AND attempted_at > NOW(6) - INTERVAL ? SECOND")) {
            count.setLong(1, config.window().toSeconds());
            count.setString(2, subject);
            count.setLong(3, config.window().toSeconds());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1) > budget ? Math.max(1, row.getLong(2)) : 0;
            }
        }
    }

    private static void delete(Connection db, List<Long> ids) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM lookup_attempt WHERE id IN (?, ?)")) {
            delete.setLong(1, ids.get(0));
            delete.setLong(2, ids.get(1));
            delete.executeUpdate();
        }
    }

    private void forgetOld(Connection db) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement(
                "DELETE FROM lookup_attempt WHERE attempted_at < NOW(6) - INTERVAL ? SECOND LIMIT 1000")) {
            delete.setLong(1, config.window().toSeconds());
            delete.executeUpdate();
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
