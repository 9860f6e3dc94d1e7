package shop.dozo.cart.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shop.dozo.cart.order.CustomerOrder;
import shop.dozo.cart.order.OrderStatus;
import shop.dozo.cart.order.OrderView;
import shop.dozo.cart.points.PointsEntry;
import shop.dozo.cart.points.PointsLedger;
import shop.dozo.support.ProblemException;

/**
 * What a signed-in customer sees of themselves. Orders are found by the account's e-mail: it is verified, so
 * the orders placed with it as a guest before signing up are theirs too; and by {@code account_email}, the
 * account an order was placed signed in with, should an order ever carry another e-mail than the account's.
 */
@ApplicationScoped
public class MyPage {
    static final int PAGE_SIZE = 20;

    public record Me(String email, String fullName, String fullNameKana, int pointsBalance, int pendingPoints,
            boolean newsletter) {
    }

    public record OrderSummary(String orderNumber, OrderStatus status, Instant createdAt, String paymentMethod,
            int totalYen, int amountDueYen, int pointsUsed, int pointsEarned, int itemCount) {
    }

    public record OrderPage(List<OrderSummary> items, long total, int page, int size) {
    }

    public record PointsView(int balance, int pending, List<PointsLine> ledger) {
    }

    /** {@code orderNumber} instead of the internal order id; staff notes and who wrote a line stay staff's. */
    public record PointsLine(String reason, int delta, String orderNumber, String campaign, Instant createdAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    PointsLedger ledger;

    @Transactional
    public Me me(String email) {
        CustomerAccount account = CustomerAccount.findById(email);
        if (account == null) {
            throw AccountProblems.sessionInvalid();
        }
        return new Me(account.email, account.fullName, account.fullNameKana, ledger.balance(email), pending(email),
                subscribed(email));
    }

    @Transactional
    public OrderPage orders(String email, int page) {
        var query = CustomerOrder.<CustomerOrder>find("email = ?1 or accountEmail = ?1 order by createdAt desc, id",
                email);
        List<OrderSummary> items = query.page(page, PAGE_SIZE).list().stream()
                .map(order -> new OrderSummary(order.orderNumber, order.status, order.createdAt, order.paymentMethod,
                        order.total, order.amountDue, order.pointsUsed, order.pointsEarned,
                        order.lines.stream().mapToInt(line -> line.quantity).sum()))
                .toList();
        return new OrderPage(items, query.count(), page, PAGE_SIZE);
    }

    /** The same view as the shopper's order lookup; another customer's number is the same 404 as none. */
    @Transactional
    public OrderView order(String email, String number) {
        return own(email, number).map(OrderView::of)
                .orElseThrow(() -> ProblemException.notFound("No order with this number in your account."));
    }

    @Transactional
    public List<shop.dozo.cart.order.OrderLine> orderLines(String email, String number) {
        return own(email, number).map(order -> List.copyOf(order.lines))
                .orElseThrow(() -> ProblemException.notFound("No order with this number in your account."));
    }

    static java.util.Optional<CustomerOrder> own(String email, String number) {
        return CustomerOrder.findByNumber(number)
                .filter(order -> order.email.equals(email) || email.equals(order.accountEmail));
    }

    @Transactional
    public PointsView points(String email) {
        List<PointsEntry> entries = ledger.entries(email);
        Map<String, String> numbers = new HashMap<>();
        List<String> orderIds = entries.stream().map(entry -> entry.orderId).filter(id -> id != null).distinct()
                .toList();
        if (!orderIds.isEmpty()) {
            CustomerOrder.<CustomerOrder>list("id in ?1", orderIds)
                    .forEach(order -> numbers.put(order.id, order.orderNumber));
        }
        return new PointsView(ledger.balance(email), pending(email), entries.stream()
                .map(entry -> new PointsLine(entry.reason.name().toLowerCase(Locale.ROOT), entry.delta,
                        numbers.get(entry.orderId), entry.campaign, entry.createdAt))
                .toList());
    }

    /** A confirmed newsletter subscription of the address (double opt-in, see Newsletter); pending is not yet. */
    private boolean subscribed(String email) {
        Number confirmed = (Number) em.createNativeQuery("SELECT COUNT(*) FROM newsletter_subscriber "
                + "WHERE email = ?1 AND state = 'CONFIRMED'").setParameter(1, email).getSingleResult();
        return confirmed.intValue() > 0;
    }

    /**
     * Points promised by orders that are not cancelled and not credited yet (credited = an EARNED line for the
     * order). While points are credited when an order is placed this is 0; with crediting on payment or
     * shipping (dozo.points.credit-when) it is what is still to come.
     */
    private int pending(String email) {
        Number sum = (Number) em.createNativeQuery("SELECT COALESCE(SUM(o.points_earned), 0) FROM customer_order o "
                + "WHERE (o.email = ?1 OR o.account_email = ?1) AND o.status <> 'CANCELLED' AND NOT EXISTS (SELECT 1 FROM points_ledger l "
                + "WHERE l.order_id = o.id AND l.reason = 'EARNED')").setParameter(1, email).getSingleResult();
        return sum.intValue();
    }
}
