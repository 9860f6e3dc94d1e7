package shop.dozo.support;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The one retry for a transaction that MariaDB rolled back whole because of other transactions, not because of
 * anything wrong in it: a deadlock victim (error 1213, SQLSTATE 40001), a lock wait that timed out (1205), or, in
 * Galera, a transaction that lost certification to a write on another node (also 1213, "WSREP detected
 * deadlock/conflict ... try restarting transaction"). Every retried step is one idempotent transaction, so
 * running it again is the cure (docs/design.md). Up to {@value #ATTEMPTS} attempts with a small jittered
 * exponential pause; when they are used up the answer is a 503 problem with Retry-After ({@link ServiceUnavailable}).
 *
 * <p>A helper rather than SmallRye Fault Tolerance's {@code @Retry}: the retried unit must be a whole transaction
 * that the step starts and ends itself (a {@code @Transactional} method called through its CDI bean, or
 * {@code QuarkusTransaction.requiringNew()}), and the retry must sit outside it, often in the middle of a method
 * (a loop over expired reservations, a loop over order-number draws). {@code @Retry} only wraps a whole bean method,
 * its policy would be repeated in every annotation (MicroProfile cannot name one policy once, and the global
 * {@code Retry/...} settings would change the HTTP client retries too), it still needs a wrapper to turn the last
 * failure into the 503, and catalog- and content-service would need the extension only for this.
 */
public final class TransactionRetry {
    private static final Logger LOG = Logger.getLogger(TransactionRetry.class);
    static final int ATTEMPTS = 5;
    private static final long FIRST_PAUSE_MILLIS = 20;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private TransactionRetry() {
    }

    /**
     * Runs {@code transaction}, again after a deadlock, lock wait timeout or certification failure. It must start
     * and end its own transaction: called inside a caller's transaction, a retry would only meet a transaction that
     * is already rolled back.
     *
     * @throws ServiceUnavailable when the last attempt failed so too; any other failure is thrown as it is, at once
     */
    public static <T> T call(Supplier<T> transaction) {
        return call(transaction, failure -> false);
    }

    /** As {@link #call(Supplier)}, also retrying failures that {@code alsoRetry} names (e.g. a raced first insert). */
    public static <T> T call(Supplier<T> transaction, Predicate<Throwable> alsoRetry) {
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                boolean transientConflict = isRetryable(e);
                if (!transientConflict && !alsoRetry.test(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    if (!transientConflict) {
                        throw e;
                    }
                    LOG.warnf("Transaction still conflicting after %d attempts: %s", ATTEMPTS, e.toString());
                    throw new ServiceUnavailable("The shop was busy with other changes to the same records. "
                            + "Nothing was changed; please try again in a moment.", RETRY_AFTER, e);
                }
                LOG.debugf("Transaction conflict (attempt %d), trying again: %s", attempt, e.toString());
                if (!pause(attempt)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Whether a failure is a deadlock, a lock wait timeout or a Galera certification failure, searching causes and
     * suppressed exceptions: the transaction layer sometimes keeps the SQL error as a suppressed exception of the
     * one it throws.
     */
    public static boolean isRetryable(Throwable failure) {
        return anyCause(failure, cause -> cause instanceof SQLTransactionRollbackException
                || cause instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                        || "40001".equals(sql.getSQLState())),
                0);
    }

    /** Whether a MariaDB error with this number is in the failure's causes or suppressed exceptions. */
    public static Predicate<Throwable> sqlError(int errorCode) {
        return failure -> anyCause(failure,
                cause -> cause instanceof SQLException sql && sql.getErrorCode() == errorCode, 0);
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test, int depth) {
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (test.test(cause)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (anyCause(suppressed, test, depth + 1)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** 20, 40, 80, 160 ms at most before attempts 2 to 5, at least half of it: the rivals do not meet again. */
    static long pauseMillis(int failedAttempt) {
        long ceiling = FIRST_PAUSE_MILLIS << (failedAttempt - 1);
        return ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1);
    }

    private static boolean pause(int failedAttempt) {
        try {
            Thread.sleep(pauseMillis(failedAttempt));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
