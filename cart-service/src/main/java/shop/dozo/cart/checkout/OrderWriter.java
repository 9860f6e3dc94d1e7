package shop.dozo.cart.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import shop.dozo.cart.order.CustomerOrder;
import shop.dozo.cart.points.Points;

/** Each write in its own transaction, so a failure is contained and the caller decides what to undo. */
@ApplicationScoped
public class OrderWriter {

    @Inject
    Points points;

    /** The order and its points move together: both are written, or neither. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public CustomerOrder insert(CustomerOrder order, int pointsToUse) {
        if (pointsToUse > order.total) {
            throw shop.dozo.support.ProblemException.badRequest("usePoints", "at most the order total, " + order.total);
        }
        order.pointsUsed = pointsToUse;
        order.amountDue = order.total - pointsToUse;
        order.persistAndFlush();
        if (pointsToUse > 0) {
            points.use(order.email, pointsToUse, order.id);
        } else {
            points.lockedBalance(order.email);
        }
        order.pointsEarned = points.earn(order.email, order.itemsTotal, order.id, Instant.now());
        return order;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markStockCommitted(String orderId) {
        CustomerOrder.update("stockCommitted = true where id = ?1", orderId);
    }
}
