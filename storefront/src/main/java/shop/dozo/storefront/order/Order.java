package shop.dozo.storefront.order;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** An order as cart-service shows it to its shopper, with the tax contained per rate (qualified invoice). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Order(String orderNumber, String status, String email, String fullName, String paymentMethod,
        List<Line> lines, int itemsTotal, int shippingFee, int coolFee, int total, Tax tax8, Tax tax10, int pointsUsed,
        int amountDue, int pointsEarned, List<Change> history, Instant createdAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String sku, String name, int unitPrice, int taxRate, int quantity, int lineTotal) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tax(int subtotal, int tax) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Change(String status, Instant at) {
    }

    /** The status as a message key: order_status_placed, ..._paid, ..._shipped, ..._cancelled. */
    public String statusKey() {
        return "order_status_" + (status == null ? "placed" : status.toLowerCase(java.util.Locale.ROOT));
    }
}
