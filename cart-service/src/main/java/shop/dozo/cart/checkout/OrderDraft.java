package shop.dozo.cart.checkout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import shop.dozo.cart.order.CustomerOrder;
import shop.dozo.cart.order.OrderLine;
import shop.dozo.cart.order.OrderStatus;
import shop.dozo.cart.tax.OrderPricing;

/**
 * Everything an order will hold, worked out before stock is reserved; written as a fresh entity each try. */
record OrderDraft(String id, String idempotencyKey, String requestHash, String email, Optional<String> customer,
        CheckoutChoices choices,
        String paymentMethod, List<OrderLine> lines, OrderPricing pricing, int pointsEarned, String campaignCode,
        long cartId, int cartRound, Consent consent, LocalDate paymentDeadline,
        String accountEmail) {

    /** The privacy policy the shopper agreed to, and when. */
    record Consent(Instant at, String policyVersion) {
    }

    int pointsUsed() {
        return pricing.pointsUsed();
    }

    /** The address as it will be printed on the parcel: checked and normalised. */
    record Delivery(String name, String postalCode, String prefecture, String city, String street, String phone) {
    }

    CustomerOrder toOrder(String orderNumber) {
        CustomerOrder order = new CustomerOrder();
        order.id = id;
        order.orderNumber = orderNumber;
        order.idempotencyKey = idempotencyKey;
        order.requestHash = requestHash;
        order.email = email;
        Delivery delivery = choices.address();
        order.fullName = delivery.name();
        order.fullNameKana = choices.kana();
        order.deliveryDate = choices.deliveryDate();
        order.deliverySlot = choices.deliverySlot();
        order.lang = choices.lang();
        order.privacyConsentAt = consent.at();
        order.privacyPolicyVersion = consent.policyVersion();
        order.paymentDeadline = paymentDeadline;
        order.postalCode = delivery.postalCode();
        order.prefecture = delivery.prefecture();
        order.city = delivery.city();
        order.street = delivery.street();
        order.phone = delivery.phone();
        order.paymentMethod = paymentMethod;
        lines.forEach(line -> order.lines.add(new OrderLine(line.sku, line.name, line.unitPrice, line.taxRate,
                line.quantity, line.cool)));
        order.itemsTotal = pricing.itemsTotal();
        order.shippingFee = pricing.shippingFee();
        order.coolFee = pricing.coolFee();
        order.codFee = pricing.codFee();
        order.total = pricing.total();
        order.subtotal8 = pricing.tax().subtotal8();
        order.tax8 = pricing.tax().tax8();
        order.subtotal10 = pricing.tax().subtotal10();
        order.tax10 = pricing.tax().tax10();
        order.dueSubtotal8 = pricing.afterPoints().subtotal8();
        order.dueTax8 = pricing.afterPoints().tax8();
        order.dueSubtotal10 = pricing.afterPoints().subtotal10();
        order.dueTax10 = pricing.afterPoints().tax10();
        order.pointsUsed = pricing.pointsUsed();
        order.pointsEarned = pointsEarned;
        order.campaignCode = campaignCode;
        order.amountDue = pricing.amountDue();
        order.accountEmail = accountEmail;
        order.changeStatus(OrderStatus.PLACED, email, null);
        return order;
    }
}
