package shop.dozo.support;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * A failure that says the database is away for a moment rather than that the request is wrong: a lost or refused
 * connection (SQLSTATE class 08, e.g. the Galera node that took the writes was just killed), a node that is not
 * yet part of the cluster (WSREP, also 08S01), a deadlock or a Galera certification conflict (40001). The answer
 * is 503 with Retry-After, so a shopper's browser or a client tries again, never a 500 that reads like a bug.
 */
public final class DatabaseAway {
    private DatabaseAway() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals("40001"))) {
                return true;
            }
        }
        return false;
    }
}
