package shop.dozo.cart.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import shop.dozo.api.Problem;
import shop.dozo.cart.customer.Customers;
import shop.dozo.cart.mail.MailKind;
import shop.dozo.cart.mail.MailLocale;
import shop.dozo.cart.mail.Outbox;
import shop.dozo.cart.points.PointsCredit;
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

    @Inject
    PointsCredit credit;

    /** Who cancels unpaid transfers, in the status history. */
    static final String UNPAID_ACTOR = "payment-deadline";

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

    /**
     * Cancels a bank transfer still unpaid after its deadline, checked again under the order's lock (staff may
     * have marked it paid meanwhile, another replica may have cancelled it). Its goods never left, so sold stock
     * goes back on the shelf too; the CANCELLED mail is queued in the same transaction.
     *
     * @return whether this call cancelled it
     */
    public boolean cancelUnpaid(String orderId, LocalDate today) {
        CustomerOrder order = TransactionRetry.call(() -> self.writeUnpaidCancel(orderId, today));
        if (order == null) {
            return false;
        }
        if (order.stockState == CustomerOrder.StockState.RELEASED) {
            stock.release(order.id);
        } else if (order.stockState == CustomerOrder.StockState.RETURNING) {
            stock.returnSold(order.id);
        }
        return true;
    }

    @Transactional
    CustomerOrder writeUnpaidCancel(String orderId, LocalDate today) {
        CustomerOrder order = CustomerOrder.<CustomerOrder>find("id", orderId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (order == null || order.status != OrderStatus.PLACED || order.paymentDeadline == null
                || !order.paymentDeadline.isBefore(today)) {
            return null;
        }
        CustomerOrder cancelled = write(order.orderNumber, new Move(OrderStatus.CANCELLED,
                "not paid by " + order.paymentDeadline, null), UNPAID_ACTOR);
        if (cancelled.stockState == CustomerOrder.StockState.COMMITTED) {
            cancelled.stockState = CustomerOrder.StockState.RETURNING;
        }
        return cancelled;
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
        if (order.pointsEarned > 0 && order.pointsCreditedAt == null && credit.onMove(order.paymentMethod, target)) {
            customers.lock(order.email);
            ledger.earn(order.email, order.id, order.pointsEarned, order.campaignCode, actor);
            order.pointsCreditedAt = Instant.now();
        }
        if (target == OrderStatus.CANCELLED) {
            customers.lock(order.email);
            // Pending points were never in the balance: only credited ones are taken back.
            ledger.refund(order.email, order.id, order.pointsUsed,
                    order.pointsCreditedAt == null ? 0 : order.pointsEarned, actor);
            if (order.stockState == CustomerOrder.StockState.RESERVED) {
                order.stockState = CustomerOrder.StockState.RELEASED;
                stock.releaseAfterCommit(order.id);
            }
        }
        queueMail(order, target, actor);
        return order;
    }

    /** The shopper hears of the moves that concern them, in the move's transaction; one mail per move, ever. */
    private void queueMail(CustomerOrder order, OrderStatus target, String actor) {
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
            // The unpaid-transfer job's cancellation says why; a staff cancellation's reason is staff's note, not the shopper's.
            Map<String, String> data = UNPAID_ACTOR.equals(actor) ? Map.of("reason", UNPAID_ACTOR) : Map.of();
            outbox.enqueue(event + order.id, kind, order.email, MailLocale.of(order), order.id, data);
        }
    }
}
