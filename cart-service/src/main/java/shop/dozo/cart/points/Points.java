package shop.dozo.cart.points;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.dozo.support.Problem;
import shop.dozo.support.ProblemException;

/**
 * Points: a percent of the item subtotal, multiplied by the campaign running when the order is placed; 1 point
 * pays 1 yen. Every movement is a ledger line; the balance is their sum. Called inside the order's transaction.
 */
@ApplicationScoped
public class Points {
    public record Campaign(String code, String name, int multiplier) {
    }

    @Inject
    EntityManager em;

    @ConfigProperty(name = "dozo.points.percent")
    int percent;

    /**
     * Creates or locks the customer row in one statement that takes the exclusive lock at once (a shared lock
     * upgraded later deadlocks under concurrent checkouts), so two checkouts spending the same points run one
     * after the other.
     */
    public int lockedBalance(String email) {
        em.createNativeQuery("INSERT INTO customer (email) VALUES (?1) ON DUPLICATE KEY UPDATE email = email")
                .setParameter(1, email).executeUpdate();
        return balance(email);
    }

    public int balance(String email) {
        Number sum = (Number) em.createNativeQuery("SELECT COALESCE(SUM(delta), 0) FROM points_ledger WHERE email = ?1")
                .setParameter(1, email).getSingleResult();
        return sum.intValue();
    }

    public void use(String email, int points, String orderId) {
        int balance = lockedBalance(email);
        if (points > balance) {
            throw new ProblemException(Problem.of(422, "Not enough points",
                    "You have " + balance + " points; " + points + " cannot be used.")
                    .withErrors(List.of(new Problem.FieldError("usePoints", "at most " + balance))));
        }
        record(email, -points, "USED", orderId, null);
    }

    /** @return the points credited for this order */
    public int earn(String email, int itemsTotal, String orderId, Instant at) {
        Optional<Campaign> campaign = activeCampaign(at);
        int earned = itemsTotal * percent / 100 * campaign.map(Campaign::multiplier).orElse(1);
        if (earned > 0) {
            record(email, earned, "EARNED", orderId, campaign.map(Campaign::code).orElse(null));
        }
        return earned;
    }

    /** A cancelled order gives back the points it used and takes back the points it earned. */
    public void refund(String email, int used, int earned, String orderId) {
        lockedBalance(email);
        if (used > 0) {
            record(email, used, "REFUNDED", orderId, null);
        }
        if (earned > 0) {
            record(email, -earned, "REFUNDED", orderId, null);
        }
    }

    @SuppressWarnings("unchecked")
    public Optional<Campaign> activeCampaign(Instant at) {
        List<Object[]> rows = em.createNativeQuery("SELECT code, name, points_multiplier FROM campaign "
                + "WHERE starts_at <= ?1 AND ends_at > ?1 ORDER BY points_multiplier DESC, code LIMIT 1")
                .setParameter(1, Timestamp.from(at)).getResultList();
        return rows.stream().findFirst()
                .map(row -> new Campaign((String) row[0], (String) row[1], ((Number) row[2]).intValue()));
    }

    private void record(String email, int delta, String reason, String orderId, String campaign) {
        em.createNativeQuery("INSERT INTO points_ledger (email, delta, reason, order_id, campaign) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, email).setParameter(2, delta).setParameter(3, reason).setParameter(4, orderId)
                .setParameter(5, campaign).executeUpdate();
    }
}
