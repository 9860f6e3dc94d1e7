package shop.dozo.cart.order;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import shop.dozo.cart.catalog.Stock;

/**
 * Keeps an order's stock in catalog-service in step with the order, whatever catalog-service was doing at the
 * time: a commit that did not get through is retried well before the reservation expires (15 minutes), and a
 * release that did not get through waits in {@code pending_release} until it does.
 */
@ApplicationScoped
public class OrderStock {

    @Inject
    Stock stock;

    @Inject
    EntityManager em;

    @Inject
    OrderStock self;

    /** Right after the order is written. A failure here leaves the order placed; the job commits it later. */
    public void commit(String orderId) {
        switch (stock.commit(orderId)) {
            case COMMITTED -> markStock(orderId, CustomerOrder.StockState.COMMITTED);
            case REFUSED -> markStock(orderId, CustomerOrder.StockState.REFUSED);
            case RETRY_LATER -> {
                // the job below tries again
            }
        }
    }

    /** Hands a reservation back now, or remembers to. Safe for ids that never reserved anything. */
    public void release(String reservationId) {
        switch (stock.release(reservationId)) {
            case RELEASED -> forget(reservationId);
            case COMMITTED -> {
                forget(reservationId);
                markStock(reservationId, CustomerOrder.StockState.COMMITTED);
            }
            case RETRY_LATER -> remember(reservationId);
        }
    }

    /** The sold stock of a cancelled order back to catalog-service; the job below retries until it is. */
    public void returnSold(String orderId) {
        if (stock.returnCommitted(orderId)) { // outside any transaction: no connection held over HTTP
            self.markReturned(orderId);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void markReturned(String orderId) {
        em.createNativeQuery("UPDATE customer_order SET stock_state = 'RETURNED' WHERE id = ?1"
                + " AND stock_state = 'RETURNING'").setParameter(1, orderId).executeUpdate();
    }

    /** In the caller's transaction: the release is due even if this process dies before trying it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseAfterCommit(String reservationId) {
        em.createNativeQuery("INSERT IGNORE INTO pending_release (reservation_id) VALUES (?1)")
                .setParameter(1, reservationId).executeUpdate();
    }

    @Scheduled(every = "${dozo.stock.follow-up-every}", delayed = "${dozo.stock.follow-up-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void followUp() {
        for (String orderId : ids(
                "SELECT id FROM customer_order WHERE stock_state = 'RESERVED' AND status <> 'CANCELLED'")) {
            commit(orderId);
        }
        for (String reservationId : ids("SELECT reservation_id FROM pending_release")) {
            release(reservationId);
        }
        for (String orderId : ids("SELECT id FROM customer_order WHERE stock_state = 'RETURNING'")) {
            returnSold(orderId);
        }
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<String> ids(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    /**
     * catalog-service's answer is the truth about the stock: COMMITTED wins over what we hoped (a cancel's
     * release came too late); REFUSED only replaces RESERVED, never a release we asked for.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void markStock(String orderId, CustomerOrder.StockState state) {
        String from =
                state == CustomerOrder.StockState.COMMITTED ? "('RESERVED', 'RELEASED', 'REFUSED')" : "('RESERVED')";
        em.createNativeQuery("UPDATE customer_order SET stock_state = ?1 WHERE id = ?2 AND stock_state IN " + from)
                .setParameter(1, state.name()).setParameter(2, orderId).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void remember(String reservationId) {
        releaseAfterCommit(reservationId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void forget(String reservationId) {
        em.createNativeQuery("DELETE FROM pending_release WHERE reservation_id = ?1").setParameter(1, reservationId)
                .executeUpdate();
    }
}
