package shop.dozo.storefront.checkout;

import java.util.LinkedHashMap;
import java.util.Map;
import shop.dozo.api.Problem;
import shop.dozo.storefront.i18n.Msg;

/**
 * The checkout form as the shopper filled it. {@code idempotencyKey} is made when the form is first shown and
 * travels with every submit of it, so pressing "place order" twice (or again after a timeout) is one order.
 */
public record CheckoutForm(String fullName, String email, String postalCode, String prefecture, String city,
        String street, String phone, String paymentMethod, String usePoints, String idempotencyKey,
        Map<String, String> errors) {

    static final String KEY_PATTERN = "[A-Za-z0-9_-]{8,100}";
    private static final java.util.Set<String> FIELDS =
            java.util.Set.of("fullName", "email", "postalCode", "prefecture",
                    "city", "street", "phone", "paymentMethod", "usePoints");

    public static CheckoutForm blank(String idempotencyKey) {
        return new CheckoutForm("", "", "", "", "", "", "", "", "0", idempotencyKey, Map.of());
    }

    public CheckoutForm withErrors(Map<String, String> fieldErrors) {
        return new CheckoutForm(fullName, email, postalCode, prefecture, city, street, phone, paymentMethod, usePoints,
                idempotencyKey, new LinkedHashMap<>(fieldErrors));
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean paysBy(String method) {
        return method.equals(paymentMethod);
    }

    /**
     * cart-service checks and normalises every field (full-width digits welcome), all at once: its field names
     * are this form's, and its (English) reasons become our messages. The storefront checks nothing itself.
     */
    static Map<String, String> fromProblem(Problem problem, Msg msg) {
        Map<String, String> found = new LinkedHashMap<>();
        for (Problem.FieldError error : problem.fieldErrors()) {
            String field = error.field() == null ? "" : error.field();
            if (problem.isTextNotAllowed()) {
                found.put(FIELDS.contains(field) ? field : "fullName", msg.error_text_not_allowed());
                continue;
            }
            switch (field) {
                case "fullName" -> found.put(field, msg.error_full_name());
                case "email" -> found.put(field, msg.error_email());
                case "postalCode" -> found.put(field, msg.error_postal_code());
                case "prefecture" -> found.put(field, msg.error_prefecture());
                case "city" -> found.put(field, msg.error_city());
                case "street" -> found.put(field, msg.error_street());
                case "phone" -> found.put(field, msg.error_phone());
                case "paymentMethod" -> found.put(field, msg.error_payment_method());
                default -> found.put("usePoints", msg.error_points());
            }
        }
        return found;
    }

    /**
     * Every shopper is a guest until customer accounts exist, and a guest checkout spends no points (cart-service
     * refuses them): the form has no points field, and whatever a crafted form says, none are sent.
     */
    CheckoutRequest toRequest() {
        return new CheckoutRequest(trimmed(fullName), trimmed(email), trimmed(postalCode), trimmed(prefecture),
                trimmed(city), trimmed(street), trimmed(phone), trimmed(paymentMethod), null);
    }

    /** As typed but for the spaces around it; a missing field is sent as null, so cart-service names it. */
    private static String trimmed(String text) {
        return text == null ? null : text.strip();
    }
}
