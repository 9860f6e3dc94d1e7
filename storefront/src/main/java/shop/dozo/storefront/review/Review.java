package shop.dozo.storefront.review;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** An approved review. Every string is plain text as the shopper typed it: the templates escape it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Review(long id, String sku, int rating, String title, String body, String nickname,
        boolean verifiedPurchase, Instant createdAt, Reply reply) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reply(String body, Instant repliedAt) {
    }
}
