package shop.dozo.cart.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which statuses an order may move to now: what its status and payment method allow, never a status twice,
 * never cancelled once shipped.
 */
public final class OrderTransitions {
    private OrderTransitions() {
    }

    public static Set<OrderStatus> allowed(CustomerOrder order) {
        Set<OrderStatus> next = EnumSet.noneOf(OrderStatus.class);
        next.addAll(order.status.next(order.paymentMethod));
        next.removeIf(order::wasEver);
        if (order.wasEver(OrderStatus.SHIPPED)) {
            // A parcel on its way (or delivered, cash collected) is a return, not a cancellation.
            next.remove(OrderStatus.CANCELLED);
        }
        return next;
    }
}
