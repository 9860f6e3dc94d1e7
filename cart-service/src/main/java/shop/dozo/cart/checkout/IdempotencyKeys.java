package shop.dozo.cart.checkout;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import shop.dozo.api.Problem;
import shop.dozo.cart.customer.Emails;
import shop.dozo.cart.order.OrderStock;
import shop.dozo.support.ProblemException;
import shop.dozo.support.TransactionRetry;

/**
 * Idempotency-Keys, claimed in {@code checkout_attempt} before anything else happens. The key is the primary
 * key, so of many concurrent requests with one key exactly one claims it and runs the checkout; the others wait
 * for its order and answer with it. A claim left PENDING longer than the lease (its process died) is taken over
 * under a new order id, and the old id's reservation is released. Each statement commits on its own.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /**
     * {@code orderId} is the order (and reservation) id to use, or the existing order's when {@code done};
     * {@code customersEnsured}: the customer rows were inserted with the claim, in its transaction.
     */
    public record Claim(String orderId, boolean done, boolean customersEnsured) {
        Claim(String orderId, boolean done) {
            this(orderId, done, false);
        }
    }

    private record Row(String requestHash, String orderId, boolean done, boolean stale) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OrderStock stock;

    @Inject
    CheckoutConfig config;

    public Claim claim(String key, String requestHash) {
        return claim(key, requestHash, List.of());
    }

    /**
     * Claims the key and, in the same short transaction (one commit, one fsync, instead of two), makes sure the
     * customer rows of {@code emails} exist (normalised). Not in the order's transaction: inserting new customers
     * there takes gap locks that deadlock under many first orders at once ({@link shop.dozo.cart.customer.Customers}).
     */
    public Claim claim(String key, String requestHash, List<String> emails) {
        long deadline = System.nanoTime() + config.inProgressWait().toNanos();
        while (true) {
            try {
                Row row = find(key);
                if (row == null) {
                    row = placedBefore(key);
                }
                if (row == null) {
                    String orderId = UUID.randomUUID().toString();
                    if (insert(key, requestHash, orderId, emails)) {
                        return new Claim(orderId, false, true);
                    }
                    continue;
                }
                if (!row.requestHash().equals(requestHash)) {
                    throw ProblemException.unprocessable("This Idempotency-Key was already used for a different "
                            + "checkout. Use a new key for a new order.");
                }
                if (row.done()) {
                    return new Claim(row.orderId(), true);
                }
                if (row.stale()) {
                    String orderId = UUID.randomUUID().toString();
                    if (takeOver(key, row.orderId(), orderId)) {
                        stock.release(row.orderId());
                        return new Claim(orderId, false);
                    }
                    continue;
                }
            } catch (SQLException e) {
                if (!TransactionRetry.isRetryable(e)) {
                    throw new IllegalStateException("Idempotency-Key lookup failed: " + e.getMessage(), e);
                }
            }
            if (System.nanoTime() > deadline) {
                throw inProgress();
            }
            pause();
        }
    }

    /** After a failed checkout: the key is free again. A finished (DONE) claim is never removed. */
    public void forget(String key, String orderId) {
        update("DELETE FROM checkout_attempt WHERE idempotency_key = ? AND order_id = ? AND state = 'PENDING'", key,
                orderId);
    }

    private Row find(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT request_hash, order_id, state, "
                        + "updated_at < NOW(6) - INTERVAL ? SECOND FROM checkout_attempt WHERE idempotency_key = ?")) {
            select.setLong(1, config.lease().toSeconds());
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? new Row(rows.getString(1), rows.getString(2), "DONE".equals(rows.getString(3)),
                        rows.getBoolean(4)) : null;
            }
        }
    }

    /** An order restored from a shop archive carries its key, but the archive holds no claims. */
    private Row placedBefore(String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT request_hash, id FROM customer_order WHERE idempotency_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? new Row(rows.getString(1), rows.getString(2), true, false) : null;
            }
        }
    }

    private boolean insert(String key, String requestHash, String orderId, List<String> emails)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO checkout_attempt "
                    + "(idempotency_key, request_hash, order_id, state) VALUES (?, ?, ?, 'PENDING')");
                    PreparedStatement customer = connection
                            .prepareStatement("INSERT IGNORE INTO customer (email) VALUES (?)")) {
                insert.setString(1, key);
                insert.setString(2, requestHash);
                insert.setString(3, orderId);
                insert.executeUpdate();
                // Sorted, so two claims for the same pair of e-mails lock them in one order.
                for (String email : new java.util.TreeSet<>(emails)) {
                    customer.setString(1, Emails.normalise(email));
                    customer.executeUpdate();
                }
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                if (e.getErrorCode() == 1062) {
                    return false;
                }
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private boolean takeOver(String key, String oldOrderId, String newOrderId) {
        return update("UPDATE checkout_attempt SET order_id = ?, updated_at = NOW(6) WHERE idempotency_key = ? "
                + "AND order_id = ? AND state = 'PENDING'", newOrderId, key, oldOrderId) == 1;
    }

    private int update(String sql, String... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Idempotency-Key update failed: " + e.getMessage(), e);
        }
    }

    private static ProblemException inProgress() {
        return new ProblemException(Problem.of(Response.Status.CONFLICT.getStatusCode(), "Checkout in progress",
                "A checkout with this Idempotency-Key is still running. Send the same request again in a moment "
                        + "to get its order."));
    }

    private static void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(40, 120));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a checkout", e);
        }
    }
}
