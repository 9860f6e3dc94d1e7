package shop.dozo.storefront.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A delivery address kept on My Page (cart-service checks it with the same rules as checkout). {@code id} is null
 * in a new one; {@code label} is the customer's own name for it (自宅, 実家).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SavedAddress(Long id, String label, String fullName, String fullNameKana, String postalCode,
        String prefecture, String city, String street, String phone) {
}
