package shop.dozo.storefront.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** cart-service's answer to a sign-in: the session token (kept only in the shopper's cookie) and who signed in. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerSession(String sessionToken, Instant expiresAt, Customer customer) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Customer(String email, String fullName) {
    }
}
