package shop.dozo.support;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;

/**
 * A failure that says the database is away for a moment rather than that the request is wrong: a lost or refused
 * connection (SQLSTATE class 08, e.g. the Galera node that took the writes was just killed), a node that is not
 * yet part of the cluster (WSREP, also 08S01), a deadlock or a Galera certification conflict (40001), or a pool
 * that got no connection in time (Agroal's acquisition timeout: every connection stuck on a node that went
 * silent, or all of them busy). The answer
 * is 503 with Retry-After, so a shopper's browser or a client tries again, never a 500 that reads like a bug.
 */
public final class DatabaseAway {
    private DatabaseAway() {
    }

    public static boolean causedBy(Throwable failure) {
        return causedBy(failure, 0);
    }

    // Causes and suppressed exceptions too: a commit lost with its connection arrives as a RollbackException
    // whose cause is empty and whose suppressed XAException holds the socket error.
    private static boolean causedBy(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            // Agroal says it with no SQLState, only a TimeoutException as the cause.
            if (cause instanceof SQLException && cause.getCause() instanceof TimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("40001"))) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (causedBy(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
