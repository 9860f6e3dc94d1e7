package shop.dozo.storefront.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** One page of the customer's orders, newest first (cart-service pages them; {@code page} counts from 0). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MyOrders(List<Item> items, long total, int page, int size) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String orderNumber, String status, Instant createdAt, String paymentMethod, int totalYen,
            int amountDueYen, int pointsUsed, int pointsEarned, int itemCount) {
    }

    public List<Item> list() {
        return items == null ? List.of() : items;
    }

    public boolean hasNext() {
        return size > 0 && (long) (page + 1) * size < total;
    }
}
