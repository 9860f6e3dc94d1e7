package shop.dozo.storefront.checkout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import shop.dozo.api.Problem;
import shop.dozo.storefront.i18n.Lang;
import shop.dozo.storefront.i18n.Msg;

/**
 * The checkout form as the shopper filled it. {@code idempotencyKey} is made when the form is first shown and
 * travels with every submit of it (confirmation step and "back" included), so pressing "place order" twice (or again
 * after a timeout) is one order.
 */
public record CheckoutForm(String fullName, String fullNameKana, String email, String postalCode, String prefecture,
        String city, String street, String phone, String deliveryDate, String deliverySlot, String paymentMethod,
        String usePoints, boolean privacyConsent, boolean newsletter, String idempotencyKey,
        Map<String, String> errors) {

    static final String KEY_PATTERN = "[A-Za-z0-9_-]{8,100}";
    private static final Set<String> FIELDS = Set.of("fullName", "fullNameKana", "email", "postalCode", "prefecture",
            "city", "street", "phone", "deliveryDate", "deliverySlot", "paymentMethod", "usePoints",
            "privacyConsent");

    public static CheckoutForm blank(String idempotencyKey) {
        return new CheckoutForm("", "", "", "", "", "", "", "", "", "", "", "0", false, false, idempotencyKey,
                Map.of());
    }

    /** As posted; a missing or malformed key gets a new one (that press is then a new order attempt). */
    static CheckoutForm of(CheckoutFields f, String newKey) {
        String key = f.idempotencyKey != null && f.idempotencyKey.matches(KEY_PATTERN) ? f.idempotencyKey : newKey;
        return new CheckoutForm(f.fullName, f.fullNameKana, f.email, f.postalCode, f.prefecture, f.city, f.street,
                f.phone, f.deliveryDate, f.deliverySlot, f.paymentMethod, f.usePoints == null ? "0" : f.usePoints,
                checked(f.privacyConsent), checked(f.newsletter), key, Map.of());
    }

    /** A saved address (My Page) filled in for a signed-in shopper, who can still change it. */
    public CheckoutForm withAddress(String name, String kana, String mail, String postal, String pref, String town,
            String road, String tel) {
        return new CheckoutForm(name, kana, mail, postal, pref, town, road, tel, deliveryDate, deliverySlot,
                paymentMethod, usePoints, privacyConsent, newsletter, idempotencyKey, errors);
    }

    public CheckoutForm withErrors(Map<String, String> fieldErrors) {
        return new CheckoutForm(fullName, fullNameKana, email, postalCode, prefecture, city, street, phone,
                deliveryDate, deliverySlot, paymentMethod, usePoints, privacyConsent, newsletter, idempotencyKey,
                new LinkedHashMap<>(fieldErrors));
    }

    public CheckoutForm withKey(String key) {
        return new CheckoutForm(fullName, fullNameKana, email, postalCode, prefecture, city, street, phone,
                deliveryDate, deliverySlot, paymentMethod, usePoints, privacyConsent, newsletter, key, Map.of());
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

    public String value(String text) {
        return text == null ? "" : text;
    }

    /**
     * cart-service checks and normalises every field (full-width digits and hiragana kana welcome), all at once: its
     * field names are this form's, and each becomes a message in the page's language that says why.
     */
    Map<String, String> fromProblem(Problem problem, Msg msg) {
        Map<String, String> found = new LinkedHashMap<>();
        for (Problem.FieldError error : problem.fieldErrors()) {
            String field = error.field() == null ? "" : error.field();
            if (problem.isTextNotAllowed()) {
                found.put(FIELDS.contains(field) ? field : "fullName", msg.error_text_not_allowed());
                continue;
            }
            switch (field) {
                case "fullName" -> found.put(field, msg.error_full_name());
                case "fullNameKana" -> found.put(field, msg.error_full_name_kana());
                case "email" -> found.put(field, msg.error_email());
                case "postalCode" -> found.put(field, msg.error_postal_code());
                case "prefecture" -> found.put(field, msg.error_prefecture());
                case "city" -> found.put(field, msg.error_city());
                case "street" -> found.put(field, msg.error_street());
                case "phone" -> found.put(field, msg.error_phone());
                case "deliveryDate" -> found.put(field, msg.error_delivery_date());
                case "deliverySlot" -> found.put(field, msg.error_delivery_slot());
                // A method that was chosen and still refused is cash on delivery above its limit.
                case "paymentMethod" -> found.put(field, "cash_on_delivery".equals(paymentMethod)
                        ? msg.error_cod_limit() : msg.error_payment_method());
                case "privacyConsent" -> found.put(field, msg.error_privacy_consent());
                default -> found.put("usePoints", msg.error_points());
            }
        }
        return found;
    }

    /**
     * Points only for a signed-in shopper (cart-service refuses a guest's anyway); the newsletter wording is the
     * text shown beside the box, sent only when it was ticked.
     */
    CheckoutRequest toRequest(boolean signedIn, Msg msg, Lang lang) {
        Integer points = null;
        if (signedIn) {
            String typed = trimmed(usePoints);
            points = typed == null || typed.isEmpty() ? 0 : parsePoints(typed);
        }
        return new CheckoutRequest(trimmed(fullName), trimmed(fullNameKana), trimmed(email), trimmed(postalCode),
                trimmed(prefecture), trimmed(city), trimmed(street), trimmed(phone), trimmed(deliveryDate),
                trimmed(deliverySlot), trimmed(paymentMethod), points, privacyConsent, newsletter,
                newsletter ? msg.newsletter_optin() : null, lang.code());
    }

    /** Full-width digits as an IME types them; anything else is sent as -1 so cart-service names the field. */
    private static Integer parsePoints(String typed) {
        String digits = java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC);
        return digits.matches("[0-9]{1,8}") ? Integer.valueOf(digits) : Integer.valueOf(-1);
    }

    private static boolean checked(String box) {
        return box != null && (box.equals("on") || box.equals("true"));
    }

    /** As typed but for the spaces around it; a missing field is sent as null, so cart-service names it. */
    private static String trimmed(String text) {
        return text == null ? null : text.strip();
    }
}
