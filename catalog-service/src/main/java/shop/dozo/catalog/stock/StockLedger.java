package shop.dozo.catalog.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import shop.dozo.support.ProblemException;

/** Writes stock changes: every change to available stock goes through here, with its ledger line. */
@ApplicationScoped
public class StockLedger {
    @Inject
    EntityManager em;

    public void open(String sku, int initial, String actor) {
        em.createNativeQuery("INSERT INTO stock_item (sku, available) VALUES (?1, ?2)")
                .setParameter(1, sku).setParameter(2, initial).executeUpdate();
        record(sku, initial, "initial", "", actor, null);
    }

    /** Takes units only if that many are available: the database decides, so concurrent takers cannot oversell. */
    public boolean take(String sku, int quantity, String reason, String actor, String reservationId) {
        int updated = em.createNativeQuery(
                "UPDATE stock_item SET available = available - ?1 WHERE sku = ?2 AND available >= ?1")
                .setParameter(1, quantity).setParameter(2, sku).executeUpdate();
        if (updated == 1) {
            record(sku, -quantity, reason, "", actor, reservationId);
        }
        return updated == 1;
    }

    public void giveBack(String sku, int quantity, String reason, String actor, String reservationId) {
        em.createNativeQuery("UPDATE stock_item SET available = available + ?1 WHERE sku = ?2")
                .setParameter(1, quantity).setParameter(2, sku).executeUpdate();
        record(sku, quantity, reason, "", actor, reservationId);
    }

    /** A staff correction (a delivery, a count, a breakage) in its own transaction; refused below zero. */
    @Transactional
    public int adjustment(String sku, int delta, String reason, String note, String actor) {
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
        int updated = em.createNativeQuery(
                "UPDATE stock_item SET available = available + ?1 WHERE sku = ?2 AND available + ?1 >= 0")
                .setParameter(1, delta).setParameter(2, sku).executeUpdate();
        if (updated == 1) {
            record(sku, delta, reason, note, actor, null);
        }
        return updated == 1;
    }

    public Integer available(String sku) {
        var rows = em.createNativeQuery("SELECT available FROM stock_item WHERE sku = ?1").setParameter(1, sku)
                .getResultList();
        return rows.isEmpty() ? null : ((Number) rows.get(0)).intValue();
    }

    public java.util.Map<String, Integer> available(java.util.Collection<String> skus) {
        java.util.Map<String, Integer> result = new java.util.HashMap<>();
        if (skus.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("SELECT sku, available FROM stock_item WHERE sku IN (?1)")
                .setParameter(1, skus).getResultList();
        for (Object[] row : rows) {
            result.put((String) row[0], ((Number) row[1]).intValue());
        }
        return result;
    }

    private void record(String sku, int delta, String reason, String note, String actor, String reservationId) {
        em.createNativeQuery("INSERT INTO stock_ledger (sku, delta, reason, note, actor, reservation_id) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, sku).setParameter(2, delta).setParameter(3, reason).setParameter(4, note)
                .setParameter(5, actor).setParameter(6, reservationId).executeUpdate();
    }
}
