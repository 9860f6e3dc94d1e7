package shop.dozo.cart.checkout;

import java.time.LocalDate;
import java.util.List;
import shop.dozo.cart.order.OrderLine;
import shop.dozo.cart.order.OrderView;
import shop.dozo.cart.payment.BankAccount;
import shop.dozo.cart.tax.OrderPricing;
import shop.dozo.cart.tax.TaxBreakdown;

/**
 * What the confirmation step shows before the order button (特商法 §12-6): quantities and prices, every fee, the
 * per-rate tax before and after points, when and how to pay, when the goods arrive, and the key of the
 * cancellation and return terms the storefront prints. Tax-included yen, as {@link OrderPricing} works it out.
 */
public record Quote(List<OrderView.Line> lines, int itemsTotalYen, int shippingFeeYen, int coolFeeYen,
        int codFeeYen, int totalYen, int pointsUsed, int amountDueYen, List<OrderView.Tax> taxes,
        List<OrderView.Tax> taxesAfterPoints, Delivery delivery, OrderView.Payment payment, String termsKey) {

    /** The storefront's text of the cancellation and return terms (返品・キャンセル). */
    public static final String TERMS_KEY = "terms.cancellation-returns";

    /** {@code date}/{@code slot} null: 指定なし; {@code earliestDate} is when it would arrive at the earliest. */
    public record Delivery(LocalDate date, String slot, LocalDate earliestDate, String fullNameKana,
            OrderView.Address address) {
    }

    Quote(List<OrderLine> lines, OrderPricing pricing, CheckoutChoices choices, String method, LocalDate deadline,
            BankAccount account) {
        this(lines.stream().map(line -> new OrderView.Line(line.sku, line.name, line.unitPrice, line.taxRate,
                line.quantity, line.total(), line.cool)).toList(), pricing.itemsTotal(), pricing.shippingFee(),
                pricing.coolFee(), pricing.codFee(), pricing.total(), pricing.pointsUsed(), pricing.amountDue(),
                taxes(pricing.tax()), taxes(pricing.afterPoints()),
                new Delivery(choices.deliveryDate(), choices.deliverySlot(), choices.earliestDate(), choices.kana(),
                        address(choices.address())),
                new OrderView.Payment(method, deadline, account), TERMS_KEY);
    }

    static List<OrderView.Tax> taxes(TaxBreakdown tax) {
        return List.of(new OrderView.Tax(8, tax.subtotal8(), tax.tax8()),
                new OrderView.Tax(10, tax.subtotal10(), tax.tax10()));
    }

    private static OrderView.Address address(OrderDraft.Delivery d) {
        return new OrderView.Address(d.name(), d.postalCode(), d.prefecture(), d.city(), d.street(), d.phone());
    }
}
