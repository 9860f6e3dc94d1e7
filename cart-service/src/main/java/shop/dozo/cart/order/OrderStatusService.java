package shop.dozo.cart.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import shop.dozo.api.Problem;
import shop.dozo.cart.customer.Customers;
import shop.dozo.cart.mail.MailKind;
import shop.dozo.cart.mail.MailLocale;
import shop.dozo.cart.mail.Outbox;
import shop.dozo.cart.points.PointsLedger;
import shop.dozo.support.ProblemException;
import shop.dozo.support.TransactionRetry;

/**
 * Staff move orders along. Cancelling gives back the points the order used and takes back those it earned. Its
 * stock goes back only if it was never committed: committed stock is sold, and returning it to the shelf is a
 * stock adjustment (reason "returned") in catalog-service, done by staff when the parcel is really back.
 */
@ApplicationScoped
public class OrderStatusService {

    @Inject
    Customers customers;

    @Inject
    PointsLedger ledger;

    @Inject
    OrderStock stock;

    @Inject
    Outbox outbox;

    @Inject
    OrderStatusService self;

    /** Where the order goes, why, and (only when shipping) the carrier's tracking number. */
    public record Move(OrderStatus target, String note, String trackingNumber) {
    }

    public StaffOrderView change(String number, Move move, String actor) {
        OrderStatus target = move.target();
        CustomerOrder order = TransactionRetry.call(() -> self.write(number, move, actor));
        if (target == OrderStatus.CANCELLED && order.stockState == CustomerOrder.StockState.RELEASED) {
            stock.release(order.id);
        }
        return StaffOrderView.of(CustomerOrder.findById(order.id));
    }

    @Transactional
    CustomerOrder write(String number, Move move, String actor) {
        OrderStatus target = move.target();
        CustomerOrder order = CustomerOrder.<CustomerOrder>find("orderNumber", OrderNumbers.normalise(number))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No order " + number + "."));
        if (!OrderTransitions.allowed(order).contains(target)) {
            throw new ProblemException(Problem.of(409, "Conflict", "Order " + order.orderNumber + " is "
                    + order.status.json() + " and cannot become " + target.json() + ".")
                    .withErrors(List.of(new Problem.FieldError("status", "allowed now: "
                            + OrderTransitions.allowed(order).stream().map(OrderStatus::json).sorted().toList())))
                    .withCurrent(StaffOrderView.of(order)));
        }
        order.changeStatus(target, actor, move.note());
        if (move.trackingNumber() != null) {
            order.trackingNumber = move.trackingNumber();
        }
        if (target == OrderStatus.CANCELLED) {
            customers.lock(order.email);
            ledger.refund(order.email, order.id, order.pointsUsed, order.pointsEarned, actor);
            if (order.stockState == CustomerOrder.StockState.RESERVED) {
                order.stockState = CustomerOrder.StockState.RELEASED;
                stock.releaseAfterCommit(order.id);
            }
        }
        queueMail(order, target);
        return order;
    }

    /** The shopper hears of the moves that concern them, in the move's transaction; one mail per move, ever. */
    private void queueMail(CustomerOrder order, OrderStatus target) {
        MailKind kind = switch (target) {
            case PAID -> MailKind.PAYMENT_RECEIVED;
            case SHIPPED -> MailKind.SHIPPED;
            case CANCELLED -> MailKind.CANCELLED;
            default -> null;
        };
        if (kind != null) {
            String event = switch (kind) {
                case PAYMENT_RECEIVED -> "paid:";
                case SHIPPED -> "shipped:";
                default -> "cancelled:";
            };
            outbox.enqueue(event + order.id, kind, order.email, MailLocale.of(order), order.id, java.util.Map.of());
        }
    }
}
