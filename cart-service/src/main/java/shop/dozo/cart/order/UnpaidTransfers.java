package shop.dozo.cart.order;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Bank transfers not paid by their deadline ({@code dozo.payment.transfer-days} Japanese days after the order) are
 * cancelled: the stock goes back, the points are undone, the shopper gets the CANCELLED mail. Every replica may
 * run it at once: each order is locked and checked again before it is cancelled, so it is cancelled once.
 */
@ApplicationScoped
public class UnpaidTransfers {

    @Inject
    EntityManager em;

    @Inject
    OrderStatusService statuses;

    @Scheduled(every = "${dozo.payment.unpaid-check-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        cancelOverdue(Clock.systemUTC());
    }

    /** @return the ids of the orders this run cancelled */
    public List<String> cancelOverdue(Clock clock) {
        // The deadline is the last day to pay: overdue from the next day on, in Japan.
        LocalDate today = LocalDate.now(clock.withZone(OrderNumbers.JAPAN));
        return overdue(today).stream().filter(id -> statuses.cancelUnpaid(id, today)).toList();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<String> overdue(LocalDate today) {
        return em.createNativeQuery("SELECT id FROM customer_order WHERE status = 'PLACED'"
                + " AND payment_method = 'bank_transfer' AND payment_deadline < ?1 ORDER BY payment_deadline")
                .setParameter(1, today).getResultList();
    }
}
