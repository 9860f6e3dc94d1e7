package shop.dozo.cart.order;

import java.time.Instant;

/** One row of the staff order list. */
public record OrderSummary(String orderNumber, OrderStatus status, Instant createdAt, String email, String name,
        String paymentMethod, int totalYen, int amountDueYen, int itemCount) {

    public static OrderSummary of(CustomerOrder order) {
        return new OrderSummary(order.orderNumber, order.status, order.createdAt, order.email, order.fullName,
                order.paymentMethod, order.total, order.amountDue,
                order.lines.stream().mapToInt(line -> line.quantity).sum());
    }
}
