package shop.dozo.catalog.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import shop.dozo.support.ProblemException;

/**
 * Writes stock changes: every change to available stock goes through here, with its ledger line. Each change is one
 * conditional bulk UPDATE of {@link StockItem} whose row count decides, never a value read first and written back,
 * so concurrent takers cannot oversell. Bulk updates bypass the persistence context, so quantities are read as
 * values by query, never through a managed {@link StockItem}.
 */
@ApplicationScoped
public class StockLedger {
    /** The most one staff correction may change, either way. */
    static final int MAX_ADJUSTMENT = 100_000;

    @Inject
    EntityManager em;

    @Inject
    Event<StockMoved> moved;

    public void open(String sku, int initial, String actor) {
        StockItem item = new StockItem();
        item.sku = sku;
        item.available = initial;
        item.persistAndFlush();
        record(sku, initial, "initial", "", actor, null);
    }

    /** Takes units only if that many are available: the database decides, so concurrent takers cannot oversell. */
    public boolean take(String sku, int quantity, String reason, String actor, String reservationId) {
        int updated = em.createQuery("update StockItem set available = available - :quantity "
                + "where sku = :sku and available >= :quantity")
                .setParameter("quantity", quantity).setParameter("sku", sku).executeUpdate();
        if (updated == 1) {
            record(sku, -quantity, reason, "", actor, reservationId);
        }
        return updated == 1;
    }

    /**
     * The conditional UPDATE of {@link #take} without its ledger line: the caller has written the line already
     * ({@link #recordTake}) and rolls its transaction back when this answers false.
     */
    boolean takeUnrecorded(String sku, int quantity) {
        return em.createQuery("update StockItem set available = available - :quantity "
                + "where sku = :sku and available >= :quantity")
                .setParameter("quantity", quantity).setParameter("sku", sku).executeUpdate() == 1;
    }

    /** The ledger line of a take, written before its {@link #takeUnrecorded} in the same transaction. */
    void recordTake(String sku, int quantity, String reason, String actor, String reservationId) {
        record(sku, -quantity, reason, "", actor, reservationId);
    }

    public void giveBack(String sku, int quantity, String reason, String actor, String reservationId) {
        em.createQuery("update StockItem set available = available + :quantity where sku = :sku")
                .setParameter("quantity", quantity).setParameter("sku", sku).executeUpdate();
        record(sku, quantity, reason, "", actor, reservationId);
    }

    /** A staff correction (a delivery, a count, a breakage) in its own transaction; refused below zero. */
    @Transactional
    public int adjustment(String sku, int delta, String reason, String note, String actor) {
        if (delta == 0 || Math.abs(delta) > MAX_ADJUSTMENT) {
            throw ProblemException.badRequest("delta",
                    "must be a non-zero change of at most " + MAX_ADJUSTMENT + " units");
        }
        if (available(sku) == null) {
            throw ProblemException.notFound("No product with SKU '" + sku + "'.");
        }
        if (!adjust(sku, delta, reason, note, actor)) {
            throw ProblemException.badRequest("delta", "would take the stock below zero (" + available(sku)
                    + " available)");
        }
        return available(sku);
    }

    /** Changes stock by delta only if it stays at or above zero: the database decides, not a value read before. */
    boolean adjust(String sku, int delta, String reason, String note, String actor) {
        int updated = em.createQuery("update StockItem set available = available + :delta "
                + "where sku = :sku and available + :delta >= 0")
                .setParameter("delta", delta).setParameter("sku", sku).executeUpdate();
        if (updated == 1) {
            record(sku, delta, reason, note, actor, null);
        }
        return updated == 1;
    }

    /** The units available now, or null for a SKU without stock (no such product). */
    public Integer available(String sku) {
        List<Integer> rows = em.createQuery("select available from StockItem where sku = :sku", Integer.class)
                .setParameter("sku", sku).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    public Map<String, Integer> available(Collection<String> skus) {
        Map<String, Integer> result = new HashMap<>();
        if (skus.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("select sku, available from StockItem where sku in :skus", Object[].class)
                .setParameter("skus", skus).getResultList();
        for (Object[] row : rows) {
            result.put((String) row[0], (Integer) row[1]);
        }
        return result;
    }

    /** The ledger of a SKU, oldest first; 404 for a SKU without stock. */
    public List<StockMovement> history(String sku) {
        requireAvailable(sku);
        return StockMovement.ofSku(sku);
    }

    /** The units available now; 404 for a SKU without stock. */
    public int requireAvailable(String sku) {
        Integer available = available(sku);
        if (available == null) {
            throw ProblemException.notFound("No product with SKU '" + sku + "'.");
        }
        return available;
    }

    private void record(String sku, int delta, String reason, String note, String actor, String reservationId) {
        StockMovement movement = new StockMovement();
        movement.sku = sku;
        movement.delta = delta;
        movement.reason = reason;
        movement.note = note;
        movement.actor = actor;
        movement.reservationId = reservationId;
        movement.persist();
        moved.fire(new StockMoved(sku));
    }
}
