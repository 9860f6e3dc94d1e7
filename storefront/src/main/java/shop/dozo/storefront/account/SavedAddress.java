package shop.dozo.storefront.account;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A delivery address kept on My Page (cart-service checks it with the same rules as checkout). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SavedAddress(String id, String fullName, String fullNameKana, String postalCode, String prefecture,
        String city, String street, String phone) {
}
