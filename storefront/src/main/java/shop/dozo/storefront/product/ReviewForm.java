package shop.dozo.storefront.product;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The review form as the shopper filled it, with a message per invalid field. After a failed post the page
 * shows it again with their text kept, so nothing typed is lost.
 */
public record ReviewForm(String rating, String title, String body, String nickname, String orderNumber,
        String email, Map<String, String> errors) {

    public static ReviewForm blank() {
        return new ReviewForm("", "", "", "", "", "", Map.of());
    }

    public ReviewForm withErrors(Map<String, String> fieldErrors) {
        return new ReviewForm(rating, title, body, nickname, orderNumber, email, new LinkedHashMap<>(fieldErrors));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The message for one field, or null; templates use {@code {form.error('title')}}. */
    public String error(String field) {
        return errors.get(field);
    }

    public boolean rated(int stars) {
        return Integer.toString(stars).equals(rating);
    }
}
