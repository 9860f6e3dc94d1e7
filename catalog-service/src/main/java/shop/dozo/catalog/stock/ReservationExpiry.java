package shop.dozo.catalog.stock;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.dozo.support.TransactionRetry;

/** Gives back the stock of reservations nobody committed in time (a checkout that crashed half-way). */
@ApplicationScoped
public class ReservationExpiry {
    @Inject
    Reservations reservations;

    @Scheduled(every = "${dozo.stock.expiry-check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireOld() {
        for (String id : reservations.expiredIds()) {
            try {
                TransactionRetry.call(() -> reservations.giveBack(id, ReservationStatus.EXPIRED));
            } catch (RuntimeException e) {
                // Committed meanwhile, or another replica expired it first: nothing to give back.
            }
        }
    }
}
