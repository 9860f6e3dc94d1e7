package shop.dozo.cart.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.function.Function;
import shop.dozo.api.Problem;
import shop.dozo.cart.customer.Customers;
import shop.dozo.cart.lookup.OrderLinks;
import shop.dozo.cart.mail.MailKind;
import shop.dozo.cart.mail.MailLocale;
import shop.dozo.cart.mail.Outbox;
import shop.dozo.cart.order.CustomerOrder;
import shop.dozo.cart.order.OrderNumbers;
import shop.dozo.cart.points.PointsCredit;
import shop.dozo.cart.points.PointsLedger;
import shop.dozo.support.ProblemException;
import shop.dozo.support.TransactionRetry;

/**
 * Writes a placed order in one transaction: the Idempotency-Key's claim turns DONE, the customer is found or
 * created (and locked), points are spent and earned, the order and its lines are inserted. All of it or none.
 */
@ApplicationScoped
public class OrderWriter {
    private static final int NUMBER_DRAWS = 5;

    @Inject
    EntityManager em;

    @Inject
    Customers customers;

    @Inject
    PointsLedger ledger;

    @Inject
    Outbox outbox;

    @Inject
    OrderWriter self;

    @Inject
    PointsCredit credit;

    @Inject
    OrderLinks links;

    /** Draws order numbers; tests swap it to force a clash ({@link #drawNumbersWith}). */
    private volatile Function<Instant, String> numbers = OrderNumbers::next;

    /** The order as written and the secret link (lookupToken) stored with it in the same transaction. */
    public record Written(CustomerOrder order, String lookupToken) {
    }

    /**
     * Retries deadlocks and Galera certification failures ({@link TransactionRetry}) and, with a new number, the
     * rare clash of two orders' numbers on one day (docs/design.md, "Checkout throughput": at 1,000,000 orders a
     * day a draw clashes with at most 1e6 / 2^40 = 9.1e-7, about one redraw every two days; all
     * {@value #NUMBER_DRAWS} draws clash with at most 6e-31 per order).
     */
    public Written write(OrderDraft draft) {
        String token = OrderLinks.newToken();
        for (int draw = 1;; draw++) {
            String number = numbers.apply(Instant.now());
            try {
                return new Written(TransactionRetry.call(() -> self.writeOnce(draft, number, token)), token);
            } catch (RuntimeException e) {
                if (draw == NUMBER_DRAWS || !isNumberClash(e)) {
                    throw e;
                }
            }
        }
    }

    /** For tests: where order numbers come from (null: the random {@link OrderNumbers#next} again). */
    public void drawNumbersWith(Function<Instant, String> source) {
        numbers = source == null ? OrderNumbers::next : source;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    CustomerOrder writeOnce(OrderDraft draft, String number, String lookupToken) {
        int claimed = em.createNativeQuery("UPDATE checkout_attempt SET state = 'DONE', updated_at = NOW(6) "
                + "WHERE idempotency_key = ?1 AND order_id = ?2 AND state = 'PENDING'")
                .setParameter(1, draft.idempotencyKey()).setParameter(2, draft.id()).executeUpdate();
        if (claimed != 1) {
            // Our claim ran past its lease and a retry took the key over: that retry places the order.
            throw new ProblemException(Problem.of(409, "Checkout in progress",
                    "This checkout took too long and was taken over by a retry. Send the same request again."));
        }
        claimCart(draft);
        // Points are the signed-in customer's (their account's e-mail); a guest's order only registers its e-mail.
        String customer = customers.lock(draft.customer().orElse(draft.email()));
        CustomerOrder order = draft.toOrder(number);
        order.persist();
        em.flush();
        if (draft.pointsUsed() > 0) {
            // Checked again here, under the customer's lock: the check before reserving was only a courtesy.
            ledger.use(customer, order.id, draft.pointsUsed(), customer);
        }
        if (draft.pointsEarned() > 0 && credit.atPlacing()) {
            ledger.earn(customer, order.id, draft.pointsEarned(), draft.campaignCode(), customer);
            order.pointsCreditedAt = Instant.now();
        }
        // In the order's own transaction: there is never an order without its mail, nor a mail without its order.
        outbox.enqueue("order-received:" + order.id, MailKind.ORDER_RECEIVED, order.email, MailLocale.of(order),
                order.id,
                java.util.Map.of());
        links.store(lookupToken, order.id);
        return order;
    }

    /**
     * One cart, one order per filling, whatever the Idempotency-Keys: the cart moves to its next round and is
     * emptied in the order's own transaction, only if it is still at the round this checkout read. A parallel
     * checkout of the same cart waits here for the row lock, then finds the round moved on and is refused with
     * the first order's number (its stock reservation is released by the caller).
     */
    private void claimCart(OrderDraft draft) {
        int moved = em.createNativeQuery("UPDATE cart SET checkout_round = checkout_round + 1, last_order_id = ?1, "
                + "version = version + 1, updated_at = NOW(6) WHERE id = ?2 AND checkout_round = ?3")
                .setParameter(1, draft.id()).setParameter(2, draft.cartId()).setParameter(3, draft.cartRound())
                .executeUpdate();
        if (moved != 1) {
            @SuppressWarnings("unchecked")
            java.util.List<String> first = em
                    .createNativeQuery("SELECT o.order_number FROM cart c JOIN customer_order o "
                            + "ON o.id = c.last_order_id WHERE c.id = ?1 LOCK IN SHARE MODE")
                    .setParameter(1, draft.cartId())
                    .getResultList();
            String number = first.isEmpty() ? null : first.get(0);
            throw new ProblemException(Problem.of(409, "Cart already ordered", "This cart has already been ordered"
                    + (number == null ? "" : " as " + number) + ". Fill the cart again for another order.")
                    .withCurrent(number == null ? java.util.Map.of() : java.util.Map.of("orderNumber", number)));
        }
        em.createNativeQuery("DELETE FROM cart_line WHERE cart_id = ?1").setParameter(1, draft.cartId())
                .executeUpdate();
    }

    private static boolean isNumberClash(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("uk_customer_order_number")) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isNumberClash(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
