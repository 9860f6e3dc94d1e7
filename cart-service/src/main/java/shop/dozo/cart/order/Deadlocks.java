package shop.dozo.cart.order;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * MariaDB answers 1213 to a deadlock victim and, in Galera, to a transaction that lost certification. Both are
 * rolled back whole, so running the same idempotent transaction again is the cure (docs/design.md).
 */
public final class Deadlocks {
    private static final Logger LOG = Logger.getLogger(Deadlocks.class);
    private static final int ATTEMPTS = 5;

    private Deadlocks() {
    }

    /** {@code transaction} must start and end its own transaction (call it through its CDI bean). */
    public static <T> T retry(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                LOG.debugf("Deadlock or certification failure (attempt %d), trying again", attempt);
                sleep(ThreadLocalRandom.current().nextLong(10, 20L << attempt));
            }
        }
    }

    public static boolean isDeadlock(Throwable e) {
        int code = sqlErrorCode(e);
        return code == 1213 || code == 1205;
    }

    /**
     * The MariaDB error number inside an exception chain, or 0. The transaction layer sometimes keeps the SQL
     * error as a suppressed exception of the one it throws, so those are searched too.
     */
    public static int sqlErrorCode(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() != 0) {
                return sql.getErrorCode();
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                int code = sqlErrorCode(suppressed);
                if (code != 0) {
                    return code;
                }
            }
        }
        return 0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
