package shop.dozo.storefront.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** The points balance, the points still pending, and every line of the ledger (oldest first, as cart-service sends). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MyPoints(int balance, int pending, List<Entry> ledger) {

    /** {@code reason}: earned, spent, expired, adjusted, ... (lower case); {@code delta} signed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(String reason, int delta, String orderNumber, String campaign, Instant createdAt) {
    }

    /** Newest first: what a shopper looks for. */
    public List<Entry> newestFirst() {
        if (ledger == null) {
            return List.of();
        }
        List<Entry> copy = new java.util.ArrayList<>(ledger);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
