package shop.dozo.storefront.checkout;

import java.util.LinkedHashMap;
import java.util.Map;
import shop.dozo.storefront.i18n.Msg;
import shop.dozo.storefront.upstream.Problem;

/**
 * The checkout form as the shopper filled it. {@code idempotencyKey} is made when the form is first shown and
 * travels with every submit of it, so pressing "place order" twice (or again after a timeout) is one order.
 */
public record CheckoutForm(String fullName, String email, String postalCode, String prefecture, String city,
        String street, String phone, String paymentMethod, String usePoints, String idempotencyKey,
        Map<String, String> errors) {

    static final String KEY_PATTERN = "[A-Za-z0-9_-]{8,100}";
    private static final java.util.Set<String> FIELDS = java.util.Set.of("fullName", "email", "postalCode", "prefecture",
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

    /** The same checks cart-service makes, so every message comes at once and in the shopper's language. */
    Map<String, String> validate(Msg msg) {
        Map<String, String> found = new LinkedHashMap<>();
        check(found, "fullName", length(fullName, 1, 100), msg.error_full_name());
        check(found, "email", trimmed(email).matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") && trimmed(email).length() <= 254,
                msg.error_email());
        check(found, "postalCode", trimmed(postalCode).matches("〒?\\s?\\d{3}-?\\d{4}"), msg.error_postal_code());
        check(found, "prefecture", Prefectures.ALL.contains(prefecture), msg.error_prefecture());
        check(found, "city", length(city, 1, 100), msg.error_city());
        check(found, "street", length(street, 1, 200), msg.error_street());
        check(found, "phone", trimmed(phone).matches("\\+?[0-9][0-9-]{8,18}"), msg.error_phone());
        check(found, "paymentMethod", "bank_transfer".equals(paymentMethod) || "cash_on_delivery".equals(paymentMethod),
                msg.error_payment_method());
        check(found, "usePoints", trimmed(usePoints).isEmpty() || trimmed(usePoints).matches("[0-9]{1,8}"),
                msg.error_points());
        return found;
    }

    /** cart-service's field names are this form's; its (English) reasons become our messages. */
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
        return new CheckoutRequest(fullName.strip(), email.strip(), postalCode.strip(), prefecture, city.strip(),
                street.strip(), phone.strip(), paymentMethod, null);
    }

    private static void check(Map<String, String> found, String field, boolean ok, String message) {
        if (!ok) {
            found.put(field, message);
        }
    }

    private static boolean length(String text, int min, int max) {
        int length = trimmed(text).length();
        return length >= min && length <= max;
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
