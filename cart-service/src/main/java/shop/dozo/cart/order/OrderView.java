package shop.dozo.cart.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import shop.dozo.cart.payment.BankAccount;

/**
 * An order as the shopper sees it (checkout answer, lookup): lines as bought, totals, the tax contained per rate
 * (qualified-invoice style, rounded once per rate), points, and the status history without staff details.
 * {@code lookupToken} only in the checkout answer: the secret link that shows this order without the e-mail.
 */
public record OrderView(String orderNumber, OrderStatus status, Instant createdAt, String email, String paymentMethod,
        Address address, List<Line> lines, int itemsTotalYen, int shippingFeeYen, int coolFeeYen, int totalYen,
        List<Tax> taxes, int pointsUsed, int amountDueYen, int pointsEarned, String campaignCode,
        String trackingNumber, List<Change> history, String fullNameKana, int codFeeYen,
        List<Tax> taxesAfterPoints, Delivery delivery, Payment payment, String lang, String lookupToken) {

    /** {@code date}/{@code slot} null: 指定なし (the earliest possible, any time). */
    public record Delivery(LocalDate date, String slot) {
    }

    /**
     * {@code deadline}: the last day in Japan to pay a bank transfer; {@code bankAccount} where to, in answers that
     * show payment instructions (checkout, lookup, quote) while the transfer is unpaid.
     */
    public record Payment(String method, LocalDate deadline, BankAccount bankAccount) {
    }

    public record Address(String fullName, String postalCode, String prefecture, String city, String street,
            String phone) {
    }

    public record Line(String sku, String name, int unitPriceYen, int taxRate, int quantity, int lineTotalYen,
            boolean cool) {
    }

    /** {@code subtotalYen} is tax-included (items, and at 10 % also shipping); {@code taxYen} is the tax inside it. */
    public record Tax(int rate, int subtotalYen, int taxYen) {
    }

    public record Change(OrderStatus status, Instant at) {
    }

    public static OrderView of(CustomerOrder order) {
        return new OrderView(order.orderNumber, order.status, order.createdAt, order.email, order.paymentMethod,
                new Address(order.fullName, order.postalCode, order.prefecture, order.city, order.street, order.phone),
                order.lines.stream().map(line -> new Line(line.sku, line.name, line.unitPrice, line.taxRate,
                        line.quantity, line.total(), line.cool)).toList(),
                order.itemsTotal, order.shippingFee, order.coolFee, order.total,
                List.of(new Tax(8, order.subtotal8, order.tax8), new Tax(10, order.subtotal10, order.tax10)),
                order.pointsUsed, order.amountDue, order.pointsEarned, order.campaignCode, order.trackingNumber,
                order.history.stream().map(change -> new Change(change.status, change.changedAt)).toList(),
                order.fullNameKana, order.codFee,
                List.of(new Tax(8, order.dueSubtotal8, order.dueTax8),
                        new Tax(10, order.dueSubtotal10, order.dueTax10)),
                new Delivery(order.deliveryDate, order.deliverySlot),
                new Payment(order.paymentMethod, order.paymentDeadline, null), order.lang, null);
    }

    public OrderView withLookupToken(String token) {
        return new OrderView(orderNumber, status, createdAt, email, paymentMethod, address, lines, itemsTotalYen,
                shippingFeeYen, coolFeeYen, totalYen, taxes, pointsUsed, amountDueYen, pointsEarned, campaignCode,
                trackingNumber, history, fullNameKana, codFeeYen, taxesAfterPoints, delivery, payment, lang, token);
    }

    /** The account to transfer to, shown only while a bank transfer waits to be paid. */
    public OrderView withBankAccount(BankAccount account) {
        if (payment.deadline() == null || status != OrderStatus.PLACED) {
            return this;
        }
        return new OrderView(orderNumber, status, createdAt, email, paymentMethod, address, lines, itemsTotalYen,
                shippingFeeYen, coolFeeYen, totalYen, taxes, pointsUsed, amountDueYen, pointsEarned, campaignCode,
                trackingNumber, history, fullNameKana, codFeeYen, taxesAfterPoints, delivery,
                new Payment(payment.method(), payment.deadline(), account), lang, lookupToken);
    }
}
