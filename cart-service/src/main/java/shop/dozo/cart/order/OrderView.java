package shop.dozo.cart.order;

import java.time.Instant;
import java.util.List;

/** An order as the shopper and staff see it, with the tax contained per rate (qualified-invoice style). */
public record OrderView(String orderNumber, String status, String email, String fullName, String paymentMethod,
        List<Line> lines, int itemsTotal, int shippingFee, int coolFee, int total, Tax tax8, Tax tax10,
        int pointsUsed, int amountDue, int pointsEarned, List<Change> history, Instant createdAt) {

    public record Line(String sku, String name, int unitPrice, int taxRate, int quantity, int lineTotal) {
    }

    public record Tax(int subtotal, int tax) {
    }

    public record Change(String status, Instant at) {
    }

    public static OrderView of(CustomerOrder order) {
        return new OrderView(order.orderNumber, order.status, order.email, order.fullName, order.paymentMethod,
                order.lines.stream().map(line -> new Line(line.sku, line.name, line.unitPrice, line.taxRate,
                        line.quantity, line.unitPrice * line.quantity)).toList(),
                order.itemsTotal, order.shippingFee, order.coolFee, order.total, new Tax(order.subtotal8, order.tax8),
                new Tax(order.subtotal10, order.tax10), order.pointsUsed, order.amountDue, order.pointsEarned,
                order.history.stream().map(change -> new Change(change.status, change.changedAt)).toList(),
                order.createdAt);
    }
}
