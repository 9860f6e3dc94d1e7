package shop.dozo.catalog.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import shop.dozo.api.Problem;
import shop.dozo.catalog.product.Product;
import shop.dozo.catalog.product.ProductStatus;
import shop.dozo.support.ProblemException;

/**
 * Stock reservations keyed by the caller's id. All-or-nothing in one transaction; the same id again answers the
 * stored result instead of booking twice. A reservation leaves {@link ReservationStatus#RESERVED} only through one
 * conditional UPDATE whose row count decides, so of two replicas (or two callers) finishing it at once exactly one
 * wins and only the winner gives stock back.
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
        Reservation existing = Reservation.findById(id);
        if (existing != null) {
            ReservationView stored = view(existing);
            if (!merged(stored.items()).equals(items)) {
                throw ProblemException.unprocessable("Reservation '" + id + "' already exists for other items.");
            }
            return stored;
        }
        Reservation reservation = new Reservation();
        reservation.id = id;
        reservation.status = ReservationStatus.RESERVED;
        // The database's clock sets the expiry, as it is the clock that expiredIds() compares it with.
        reservation.expiresAt = databaseNow().plus(config.reservationTtl());
        // Written now, not at commit: of two first tries of one id, the second waits here and then fails with 1062.
        reservation.persistAndFlush();
        for (Map.Entry<String, Integer> item : items.entrySet()) {
            requirePublished(item.getKey());
            ReservationLine.of(id, item.getKey(), item.getValue()).persist();
            ledger.recordTake(item.getKey(), item.getValue(), "reserved", ACTOR, id);
        }
        // The lines and ledger lines are written before any stock row is touched: a SKU's stock row is the one
        // row every order of it updates, and its lock is held from the UPDATE to the end of the commit (the
        // fsync). Last in the transaction, it is held only for the UPDATE and the commit. A short SKU throws
        // below, which rolls back the ledger lines with everything else.
        em.flush();
        List<Problem.FieldError> short_ = new ArrayList<>();
        // Sorted by SKU, so concurrent reservations lock rows in the same order and cannot deadlock each other.
        for (Map.Entry<String, Integer> item : items.entrySet()) {
            if (!ledger.takeUnrecorded(item.getKey(), item.getValue())) {
                Integer available = ledger.available(item.getKey());
                int units = available == null ? 0 : available;
                short_.add(new Problem.FieldError(item.getKey(), "only " + units + " available"));
            }
        }
        if (!short_.isEmpty()) {
            // Throwing rolls the whole transaction back: nothing of this reservation stays.
            throw new ProblemException(Problem.of(409, "Not enough stock",
                    "Not enough stock for " + short_.stream().map(Problem.FieldError::field).toList() + ".")
                    .withErrors(short_));
        }
        return new ReservationView(id, reservation.status.name(), asItems(items), reservation.expiresAt);
    }

    @Transactional
    public ReservationView commit(String id) {
        Reservation reservation = require(id);
        if (reservation.status == ReservationStatus.COMMITTED) {
            return view(reservation);
        }
        if (reservation.status != ReservationStatus.RESERVED || !finish(reservation, ReservationStatus.COMMITTED)) {
            // A concurrent commit of the same id may have won the row: that is success, not a conflict. A locking
            // read sees the latest status, not this transaction's snapshot.
            em.refresh(reservation, LockModeType.PESSIMISTIC_WRITE);
            if (reservation.status == ReservationStatus.COMMITTED) {
                return view(reservation);
            }
            throw ProblemException.conflict("Reservation '" + id + "' is "
                    + reservation.status.name().toLowerCase(Locale.ROOT) + " and cannot be committed.");
        }
        return view(reservation);
    }

    @Transactional
    public ReservationView release(String id) {
        return giveBack(id, ReservationStatus.RELEASED);
    }

    /** Hands back what an uncommitted reservation held, once: the status change is the guard. */
    @Transactional
    public ReservationView giveBack(String id, ReservationStatus finalStatus) {
        Reservation reservation = require(id);
        if (reservation.status == ReservationStatus.COMMITTED) {
            throw ProblemException.conflict("Reservation '" + id + "' is committed; its stock is sold.");
        }
        if (reservation.status == ReservationStatus.RESERVED && finish(reservation, finalStatus)) {
            for (ReservationLine line : ReservationLine.of(id)) {
                ledger.giveBack(line.sku, line.quantity, finalStatus.name().toLowerCase(Locale.ROOT), ACTOR, id);
            }
        }
        return view(reservation);
    }

    /**
     * Gives the stock of a committed reservation back, once: an order cancelled before its parcel left (cart-service
     * cancels unpaid bank transfers). Idempotent: returned again answers the same. A reservation never committed is
     * released, not returned (409).
     */
    @Transactional
    public ReservationView returnCommitted(String id) {
        Reservation reservation = require(id);
        if (reservation.status == ReservationStatus.RETURNED) {
            return view(reservation);
        }
        boolean won = reservation.status == ReservationStatus.COMMITTED && em.createQuery(
                "update Reservation set status = :returned where id = :id and status = :committed")
                .setParameter("returned", ReservationStatus.RETURNED).setParameter("id", id)
                .setParameter("committed", ReservationStatus.COMMITTED).executeUpdate() == 1;
        em.refresh(reservation, LockModeType.PESSIMISTIC_WRITE);
        if (won) {
            for (ReservationLine line : ReservationLine.of(id)) {
                ledger.giveBack(line.sku, line.quantity, "returned", ACTOR, id);
            }
        } else if (reservation.status != ReservationStatus.RETURNED) {
            throw ProblemException.conflict("Reservation '" + id + "' is "
                    + reservation.status.name().toLowerCase(Locale.ROOT) + " and cannot be returned; release it.");
        }
        return view(reservation);
    }

    /** Ids of reservations nobody committed before their expiry, by the database's clock. */
    public List<String> expiredIds() {
        return em.createQuery("select id from Reservation where status = :reserved and expiresAt < current_timestamp",
                String.class).setParameter("reserved", ReservationStatus.RESERVED).getResultList();
    }

    /**
     * Moves a reservation out of RESERVED if, and only if, it still is: one conditional UPDATE, so of concurrent
     * finishers (a commit and an expiry, or two replicas' expiry runs) exactly one sees a row count of 1. A bulk
     * update bypasses the persistence context, so the winner re-reads its row.
     */
    private boolean finish(Reservation reservation, ReservationStatus status) {
        boolean won = em.createQuery("update Reservation set status = :status, finishedAt = current_timestamp "
                + "where id = :id and status = :reserved")
                .setParameter("status", status).setParameter("id", reservation.id)
                .setParameter("reserved", ReservationStatus.RESERVED)
                .executeUpdate() == 1;
        if (won) {
            em.refresh(reservation);
        }
        return won;
    }

    private Reservation require(String id) {
        Reservation reservation = Reservation.findById(id);
        if (reservation == null) {
            throw ProblemException.notFound("No reservation '" + id + "'.");
        }
        return reservation;
    }

    private static ReservationView view(Reservation reservation) {
        List<ReservationRequest.Item> items = ReservationLine.of(reservation.id).stream()
                .map(line -> new ReservationRequest.Item(line.sku, line.quantity)).toList();
        return new ReservationView(reservation.id, reservation.status.name(), items, reservation.expiresAt);
    }

    /** The database's clock, read as epoch seconds so that no session, driver or JVM time zone can shift it. */
    private Instant databaseNow() {
        BigDecimal seconds = new BigDecimal(em.createNativeQuery("SELECT UNIX_TIMESTAMP(NOW(6))").getSingleResult()
                .toString());
        return Instant.ofEpochSecond(seconds.longValue(),
                seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    }

    private void requirePublished(String sku) {
        if (Product.count("sku = ?1 and status = ?2", sku, ProductStatus.PUBLISHED) == 0) {
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
