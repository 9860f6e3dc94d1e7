package shop.dozo.cart.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import shop.dozo.api.Problem;
import shop.dozo.cart.customer.Customers;
import shop.dozo.cart.points.PointsEntry;
import shop.dozo.cart.points.PointsLedger;
import shop.dozo.support.ProblemException;

/**
 * 退会. The account, its saved addresses, sessions and links are deleted. Orders stay in the sales ledger (the
 * books must be kept), with the personal data no longer needed removed: name, postal code, city, street and
 * phone are blanked, and the e-mail, wherever it keys the ledger (orders, status history, points, the customer
 * row, sent mails), becomes a random {@code deleted-…@invalid} that cannot be traced back to the address. What
 * stays: order numbers, dates, lines, amounts and tax per rate, payment method, status history, the prefecture
 * (the shipping fee's reason). The points left are forfeited (an EXPIRED line). An order not yet shipped or
 * cancelled still needs its address, so 退会 waits for it (409 naming the orders).
 */
@ApplicationScoped
public class Withdrawal {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    Customers customers;

    @Inject
    PointsLedger ledger;

    @Transactional
    public void withdraw(String email) {
        customers.lock(email); // queues behind a checkout of the same customer
        refuseOpenOrders(email);
        int balance = ledger.balance(email);
        if (balance > 0) {
            PointsEntry entry = PointsEntry.of(email, null, PointsEntry.Reason.EXPIRED, -balance, email);
            entry.note = "退会 (account deleted)";
            entry.persist();
            em.flush();
        }
        String pseudonym = "deleted-" + HexFormat.of().formatHex(randomBytes()) + "@invalid";
        sql("INSERT INTO customer (email, created_at) SELECT ?2, created_at FROM customer WHERE email = ?1", email,
                pseudonym);
        sql("UPDATE customer_order SET email = ?2, account_email = NULL, full_name = '', postal_code = '', "
                + "city = '', street = '', phone = '' WHERE email = ?1 OR account_email = ?1", email, pseudonym);
        sql("UPDATE order_status_change SET actor = ?2 WHERE actor = ?1", email, pseudonym);
        sql("UPDATE points_ledger SET email = ?2, created_by = CASE WHEN created_by = ?1 THEN ?2 ELSE created_by END "
                + "WHERE email = ?1", email, pseudonym);
        // Mails: nothing more goes to a customer who left, so mails not sent yet are dropped (else the sender would
        // retry the pseudonym for a day); sent and failed ones keep their row, the shop's record, without the address.
        sql("DELETE FROM mail_outbox WHERE recipient = ?1 AND state = 'PENDING'", email, null);
        sql("UPDATE mail_outbox SET recipient = ?2, data = NULL WHERE recipient = ?1", email, pseudonym);
        sql("DELETE FROM customer_address WHERE email = ?1", email, null);
        sql("DELETE FROM customer_session WHERE email = ?1", email, null);
        sql("DELETE FROM account_token WHERE email = ?1", email, null);
        sql("DELETE FROM customer_account WHERE email = ?1", email, null);
        sql("DELETE FROM customer WHERE email = ?1", email, null);
    }

    private void refuseOpenOrders(String email) {
        @SuppressWarnings("unchecked")
        List<String> open = em.createNativeQuery("SELECT o.order_number FROM customer_order o "
                + "WHERE (o.email = ?1 OR o.account_email = ?1) "
                + "AND o.status NOT IN ('SHIPPED', 'CANCELLED') AND NOT EXISTS (SELECT 1 FROM order_status_change c "
                + "WHERE c.order_id = o.id AND c.status = 'SHIPPED') ORDER BY o.created_at")
                .setParameter(1, email).getResultList();
        if (!open.isEmpty()) {
            throw new ProblemException(Problem.of(409, "Orders on their way", "Orders " + String.join(", ", open)
                    + " are not shipped yet and still need your address. You can delete your account once they"
                    + " have been shipped (or cancelled).").withCurrent(Map.of("openOrders", open)));
        }
    }

    private void sql(String statement, String email, String pseudonym) {
        var query = em.createNativeQuery(statement).setParameter(1, email);
        if (pseudonym != null) {
            query.setParameter(2, pseudonym);
        }
        query.executeUpdate();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
