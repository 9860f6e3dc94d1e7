package shop.dozo.cart.points;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import shop.dozo.cart.customer.Customers;

/**
 * The usual Japanese shop rule: a customer's points expire when they have neither earned nor used any for
 * {@code dozo.points.expire-after-days} days (0 keeps them forever). The expiry is a ledger line like any other.
 * Every replica may run the job at once: each customer is locked and checked again before anything is written.
 */
@ApplicationScoped
public class PointsExpiry {
    private static final String DORMANT = "MAX(CASE WHEN reason IN ('EARNED', 'USED') THEN created_at END) "
            + "< NOW(6) - INTERVAL ?1 DAY";

    @Inject
    PointsConfig config;

    @Inject
    EntityManager em;

    @Inject
    Customers customers;

    @Inject
    PointsLedger ledger;

    @Inject
    PointsExpiry self;

    @Scheduled(every = "${dozo.points.expiry-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        expireDormantBalances();
    }

    /** @return the customers whose points expired now */
    @SuppressWarnings("unchecked")
    public List<String> expireDormantBalances() {
        if (config.expireAfterDays() <= 0) {
            return List.of();
        }
        List<String> candidates = em.createNativeQuery("SELECT email FROM points_ledger GROUP BY email "
                + "HAVING SUM(delta) > 0 AND " + DORMANT).setParameter(1, config.expireAfterDays()).getResultList();
        return candidates.stream().filter(self::expireIfStillDormant).toList();
    }

    @Transactional
    boolean expireIfStillDormant(String email) {
        customers.lock(email);
        // Under the lock: an order placed meanwhile has either earned points (no longer dormant) or waits for us.
        Number dormant = (Number) em.createNativeQuery("SELECT " + DORMANT + " FROM points_ledger WHERE email = ?2")
                .setParameter(1, config.expireAfterDays()).setParameter(2, email).getSingleResult();
        int balance = ledger.balance(email);
        if (dormant == null || dormant.intValue() == 0 || balance <= 0) {
            return false;
        }
        ledger.expire(email, balance, "no points earned or used for " + config.expireAfterDays() + " days",
                "points-expiry");
        return true;
    }
}
