package shop.dozo.storefront.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The signed-in customer as cart-service knows them; {@code pendingPoints} are promised but not credited yet. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Me(String email, String fullName, String fullNameKana, int pointsBalance, int pendingPoints,
        boolean newsletter) {
}
