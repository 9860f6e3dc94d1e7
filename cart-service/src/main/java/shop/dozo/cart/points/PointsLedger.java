package shop.dozo.cart.points;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

/**
 * The ledger's rules. Writers hold the customer's row lock ({@code Customers.lock}), so two orders of
 * one customer cannot both spend the same points.
 */
@ApplicationScoped
public class PointsLedger {

    @Inject
    EntityManager em;

    public int balance(String email) {
        Number sum = (Number) em.createNativeQuery("SELECT COALESCE(SUM(delta), 0) FROM points_ledger WHERE email = ?1")
                .setParameter(1, email).getSingleResult();
        return sum.intValue();
    }

    /** Spends points; more than the balance is the shopper's mistake (422), and nothing is written. */
    public void use(String email, String orderId, int points, String by) {
        int balance = balance(email);
        if (points > balance) {
            throw notEnough(balance, "usePoints");
        }
        PointsEntry.of(email, orderId, PointsEntry.Reason.USED, -points, by).persist();
    }

    /** Points of orders still waiting to be paid or shipped ({@link PointsCredit}); cancelled orders earn nothing. */
    public int pending(String email) {
        Number sum = (Number) em.createNativeQuery("SELECT COALESCE(SUM(points_earned), 0) FROM customer_order "
                + "WHERE email = ?1 AND points_credited_at IS NULL AND status <> 'CANCELLED'")
                .setParameter(1, email).getSingleResult();
        return sum.intValue();
    }

    public void earn(String email, String orderId, int points, String campaign, String by) {
        PointsEntry entry = PointsEntry.of(email, orderId, PointsEntry.Reason.EARNED, points, by);
        entry.campaign = campaign;
        entry.persist();
    }

    /** A cancelled order gives back the points it used and takes back those it earned (the balance may dip below 0). */
    public void refund(String email, String orderId, int used, int earned, String by) {
        if (used > 0) {
            note(PointsEntry.of(email, orderId, PointsEntry.Reason.REFUNDED, used, by), "order cancelled: points used");
        }
        if (earned > 0) {
            note(PointsEntry.of(email, orderId, PointsEntry.Reason.REFUNDED, -earned, by),
                    "order cancelled: points earned");
        }
    }

    public void expire(String email, int points, String note, String by) {
        int balance = balance(email);
        if (points > balance) {
            throw notEnough(balance, "points");
        }
        note(PointsEntry.of(email, null, PointsEntry.Reason.EXPIRED, -points, by), note);
    }

    public List<PointsEntry> entries(String email) {
        return PointsEntry.list("email = ?1 order by id", email);
    }

    public static ProblemException notEnough(int balance, String field) {
        return new ProblemException(Problem.of(422, "Not enough points", "Only " + balance + " points are available.")
                .withErrors(List.of(new Problem.FieldError(field, "at most " + balance))));
    }

    private static void note(PointsEntry entry, String note) {
        entry.note = note;
        entry.persist();
    }
}
