package shop.dozo.catalog.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs a stock step (a reservation, a staff adjustment), retrying when MariaDB reports a deadlock or a Galera
 * certification failure (1213):
 * each step is one idempotent transaction, so running it again is safe.
 */
@ApplicationScoped
public class ReservationRunner {
    private static final int ATTEMPTS = 4;

    @Inject
    Reservations reservations;

    public <T> T run(Supplier<T> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isRetryable(e)) {
                    throw e;
                }
                sleep(20L * attempt * attempt);
            }
        }
    }

    static boolean isRetryable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            // 1062: two first tries of one reservation id raced; the retry finds the winner and answers it.
            if (cause instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205
                    || sql.getErrorCode() == 1062
                    || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
