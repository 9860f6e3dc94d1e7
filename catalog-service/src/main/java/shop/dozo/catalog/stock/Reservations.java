package shop.dozo.catalog.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

/**
 * Stock reservations keyed by the caller's id. All-or-nothing in one transaction; the same id again answers the
 * stored result instead of booking twice.
 */
@ApplicationScoped
public class Reservations {
    static final String ACTOR = "reservation";

    @Inject
    EntityManager em;

    @Inject
    StockLedger ledger;

    @Inject
    ReservationConfig config;

    @Transactional
    public ReservationView reserve(String id, List<ReservationRequest.Item> requested) {
        Map<String, Integer> items = merged(requested);
        ReservationView existing = find(id);
        if (existing != null) {
            if (!merged(existing.items()).equals(items)) {
                throw ProblemException.unprocessable("Reservation '" + id + "' already exists for other items.");
            }
            return existing;
        }
        em.createNativeQuery("INSERT INTO stock_reservation (id, status, expires_at) "
                + "VALUES (?1, 'RESERVED', NOW(6) + INTERVAL ?2 MICROSECOND)")
                .setParameter(1, id).setParameter(2, config.reservationTtl().toNanos() / 1000).executeUpdate();
        List<Problem.FieldError> short_ = new ArrayList<>();
        // Sorted by SKU, so concurrent reservations lock rows in the same order and cannot deadlock each other.
        for (Map.Entry<String, Integer> item : items.entrySet()) {
            requirePublished(item.getKey());
            if (!ledger.take(item.getKey(), item.getValue(), "reserved", ACTOR, id)) {
                Integer available = ledger.available(item.getKey());
                int units = available == null ? 0 : available;
                short_.add(new Problem.FieldError(item.getKey(), "only " + units + " available"));
            }
            em.createNativeQuery("INSERT INTO stock_reservation_line (reservation_id, sku, quantity) VALUES (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, item.getKey()).setParameter(3, item.getValue()).executeUpdate();
        }
        if (!short_.isEmpty()) {
            // Throwing rolls the whole transaction back: nothing of this reservation stays.
            throw new ProblemException(Problem.of(409, "Not enough stock",
                    "Not enough stock for " + short_.stream().map(Problem.FieldError::field).toList() + ".")
                    .withErrors(short_));
        }
        // The expiry comes from the database clock that set it; the lines are the ones just written.
        Object expiresAt = em.createNativeQuery("SELECT UNIX_TIMESTAMP(expires_at) FROM stock_reservation WHERE id = ?1")
                .setParameter(1, id).getSingleResult();
        return new ReservationView(id, "RESERVED", asItems(items), instant(expiresAt));
    }

    @Transactional
    public ReservationView commit(String id) {
        ReservationView reservation = require(id);
        if (reservation.status().equals("COMMITTED")) {
            return reservation;
        }
        if (!reservation.status().equals("RESERVED") || !finish(id, "COMMITTED")) {
            // A concurrent commit of the same id may have won the row: that is success, not a conflict. A locking
            // read sees the latest status, not this transaction's snapshot.
            String now = latestStatus(id);
            if (now.equals("COMMITTED")) {
                ReservationView read = require(id);
                return new ReservationView(id, now, read.items(), read.expiresAt());
            }
            throw ProblemException.conflict("Reservation '" + id + "' is " + now.toLowerCase() + " and cannot be committed.");
        }
        return require(id);
    }

    @Transactional
    public ReservationView release(String id) {
        return giveBack(id, "RELEASED");
    }

    /** Hands back what an uncommitted reservation held, once: the status change is the guard. */
    @Transactional
    public ReservationView giveBack(String id, String finalStatus) {
        ReservationView reservation = require(id);
        if (reservation.status().equals("COMMITTED")) {
            throw ProblemException.conflict("Reservation '" + id + "' is committed; its stock is sold.");
        }
        if (reservation.status().equals("RESERVED") && finish(id, finalStatus)) {
            for (ReservationRequest.Item item : reservation.items()) {
                ledger.giveBack(item.sku(), item.quantity(), finalStatus.toLowerCase(), ACTOR, id);
            }
        }
        return require(id);
    }

    @SuppressWarnings("unchecked")
    public List<String> expiredIds() {
        return em.createNativeQuery("SELECT id FROM stock_reservation WHERE status = 'RESERVED' AND expires_at < NOW(6)")
                .getResultList();
    }

    private String latestStatus(String id) {
        return (String) em.createNativeQuery("SELECT status FROM stock_reservation WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getSingleResult();
    }

    private boolean finish(String id, String status) {
        return em.createNativeQuery("UPDATE stock_reservation SET status = ?1, finished_at = NOW(6) "
                + "WHERE id = ?2 AND status = 'RESERVED'")
                .setParameter(1, status).setParameter(2, id)
                .executeUpdate() == 1;
    }

    private ReservationView require(String id) {
        ReservationView reservation = find(id);
        if (reservation == null) {
            throw ProblemException.notFound("No reservation '" + id + "'.");
        }
        return reservation;
    }

    @SuppressWarnings("unchecked")
    ReservationView find(String id) {
        List<Object[]> head = em.createNativeQuery(
                "SELECT status, UNIX_TIMESTAMP(expires_at) FROM stock_reservation WHERE id = ?1")
                .setParameter(1, id).getResultList();
        if (head.isEmpty()) {
            return null;
        }
        List<Object[]> lines = em.createNativeQuery(
                "SELECT sku, quantity FROM stock_reservation_line WHERE reservation_id = ?1 ORDER BY sku")
                .setParameter(1, id).getResultList();
        List<ReservationRequest.Item> items = lines.stream()
                .map(line -> new ReservationRequest.Item((String) line[0], ((Number) line[1]).intValue())).toList();
        return new ReservationView(id, (String) head.get(0)[0], items, instant(head.get(0)[1]));
    }

    /**
     * A TIMESTAMP read by native SQL as {@code UNIX_TIMESTAMP(column)}: the database answers in epoch seconds, so
     * neither the session's, the driver's nor the JVM's time zone can shift it.
     */
    static Instant instant(Object epochSeconds) {
        java.math.BigDecimal seconds = new java.math.BigDecimal(epochSeconds.toString());
        return Instant.ofEpochSecond(seconds.longValue(),
                seconds.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
    }

    private void requirePublished(String sku) {
        Number published = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM product WHERE sku = ?1 AND status = 'PUBLISHED'").setParameter(1, sku)
                .getSingleResult();
        if (published.intValue() == 0) {
            throw new ProblemException(Problem.of(422, "Unknown product", "No product '" + sku + "' is for sale.")
                    .withErrors(List.of(new Problem.FieldError(sku, "not for sale"))));
        }
    }

    private static Map<String, Integer> merged(List<ReservationRequest.Item> items) {
        Map<String, Integer> merged = new TreeMap<>();
        items.forEach(item -> merged.merge(item.sku(), item.quantity(), Integer::sum));
        return merged;
    }

    /** The merged items (a TreeMap, so already in SKU order) as the view lists them. */
    private static List<ReservationRequest.Item> asItems(Map<String, Integer> merged) {
        return merged.entrySet().stream().map(entry -> new ReservationRequest.Item(entry.getKey(), entry.getValue()))
                .toList();
    }
}
