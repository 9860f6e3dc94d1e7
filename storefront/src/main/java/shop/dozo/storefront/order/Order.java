package shop.dozo.storefront.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import shop.dozo.storefront.cart.Tax;

/**
 * An order as cart-service shows it to its shopper (its OrderView), with the tax contained per rate (qualified
 * invoice). {@code lookupToken} only in the checkout answer: the order's secret link. {@code trackingNumber}
 * once the shop has shipped the parcel.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Order(String orderNumber, String status, Instant createdAt, String email, String paymentMethod,
        List<Line> lines, int itemsTotalYen, int shippingFeeYen, int coolFeeYen, int totalYen, List<Tax> taxes,
        int pointsUsed, int amountDueYen, int pointsEarned, String trackingNumber, List<Change> history,
        String fullNameKana, int codFeeYen, List<Tax> taxesAfterPoints, Delivery delivery, Payment payment,
        String lookupToken) {

    /** {@code date}/{@code slot} null: 指定なし (the earliest possible, any time). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Delivery(String date, String slot) {
    }

    /** {@code deadline} (a day in Japan) and {@code bankAccount} for an unpaid bank transfer only. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(String method, String deadline, BankAccount bankAccount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BankAccount(String bank, String branch, String type, String number, String holder) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String sku, String name, int unitPriceYen, int taxRate, int quantity, int lineTotalYen) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String status, Instant at) {
    }

    /** Per rate after points, as the receipt says (older answers without them: before points). */
    public Tax tax8() {
        return Tax.at(taxesAfterPoints == null ? taxes : taxesAfterPoints, 8);
    }

    public Tax tax10() {
        return Tax.at(taxesAfterPoints == null ? taxes : taxesAfterPoints, 10);
    }

    /** The status as a message key: order_status_placed, ..._paid, ..._shipped, ..._cancelled. */
    public String statusKey() {
        return "order_status_" + (status == null ? "placed" : status.toLowerCase(java.util.Locale.ROOT));
    }
}
