package shop.dozo.support;

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
 * Attempts counted in a service's own table, so every replica of the service sees the same numbers: the order
 * lookup's misses, the sign-in's wrong passwords. The table has {@code id BIGINT AUTO_INCREMENT}, {@code subject
 * CHAR(64)} and {@code attempted_at DATETIME(6) DEFAULT NOW(6)}, indexed on {@code (subject, attempted_at)}. A
 * subject is stored only as the SHA-256 of what it names (an address, an e-mail), and the database's clock is the
 * only clock, so replicas whose clocks differ still agree.
 *
 * <p>Hand-written: the rate-limit libraries (SmallRye Fault Tolerance's {@code @RateLimit}, Bucket4j) count in
 * each replica's memory, or need a store (Redis, Hazelcast) Dozo does not run.
 */
public final class AttemptLedger {
    /** The attempts of one subject within a window, in seconds from now (the oldest and the newest). */
    public record Count(long attempts, double secondsSinceOldest, double secondsSinceNewest) {
    }

    private final String table;

    /** @param table the service's attempt table; a constant of the calling code, never input */
    public AttemptLedger(String table) {
        if (!table.matches("[a-z_]{1,64}")) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        this.table = table;
    }

    public static String subject(String kind, String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((kind + "\n" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the new row's id */
    public long record(Connection db, String subject) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table + " (subject) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, subject);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public Count count(Connection db, String subject, Duration window) throws SQLException {
        try (PreparedStatement count = db.prepareStatement("SELECT COUNT(*), "
                + "TIMESTAMPDIFF(MICROSECOND, MIN(attempted_at), NOW(6)) / 1e6, "
                + "TIMESTAMPDIFF(MICROSECOND, MAX(attempted_at), NOW(6)) / 1e6 "
                + "FROM " + table + " WHERE subject = ? AND attempted_at > NOW(6) - INTERVAL ? MICROSECOND")) {
            count.setString(1, subject);
            count.setLong(2, window.toNanos() / 1000);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return new Count(row.getLong(1), row.getDouble(2), row.getDouble(3));
            }
        }
    }

    public void delete(Connection db, List<Long> ids) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            for (long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    public void forget(Connection db, String subject) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE subject = ?")) {
            delete.setString(1, subject);
            delete.executeUpdate();
        }
    }

    /** Deletes up to 1,000 attempts older than the window; callers do it now and then, not on every attempt. */
    public void forgetOlderThan(Connection db, Duration window) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement(
                "DELETE FROM " + table + " WHERE attempted_at < NOW(6) - INTERVAL ? MICROSECOND LIMIT 1000")) {
            delete.setLong(1, window.toNanos() / 1000);
            delete.executeUpdate();
        }
    }
}
