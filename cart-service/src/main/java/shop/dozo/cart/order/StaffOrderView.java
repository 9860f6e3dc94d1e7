package shop.dozo.cart.order;

import java.time.Instant;
import java.util.List;

/** An order for staff: what the shopper sees, plus ids, the stock state, and who changed what. */
public record StaffOrderView(String id, long version, CustomerOrder.StockState stockState,
        List<OrderStatus> allowedNext, OrderView order, List<Change> history) {

    public record Change(OrderStatus status, Instant at, String actor, String note) {
    }

    public static StaffOrderView of(CustomerOrder order) {
        return new StaffOrderView(order.id, order.version, order.stockState,
                OrderTransitions.allowed(order).stream().sorted().toList(), OrderView.of(order),
                order.history.stream().map(c -> new Change(c.status, c.changedAt, c.actor, c.note)).toList());
    }
}
