package shop.dozo.storefront.account;

import java.util.LinkedHashMap;
import java.util.Map;
import shop.dozo.api.Problem;
import shop.dozo.storefront.i18n.Msg;

/** The "add an address" form on My Page, as typed, with cart-service's field errors (the checkout's rules). */
public record AddressForm(String label, String fullName, String fullNameKana, String postalCode, String prefecture,
        String city, String street, String phone, Map<String, String> errors) {

    public static AddressForm blank() {
        return new AddressForm("", "", "", "", "", "", "", "", Map.of());
    }

    SavedAddress toAddress() {
        return new SavedAddress(null, strip(label), strip(fullName), strip(fullNameKana), strip(postalCode),
                strip(prefecture), strip(city), strip(street), strip(phone));
    }

    AddressForm withErrors(Problem problem, Msg msg) {
        Map<String, String> found = new LinkedHashMap<>();
        for (Problem.FieldError error : problem.fieldErrors()) {
            String field = error.field() == null ? "" : error.field();
            switch (field) {
                case "fullNameKana" -> found.put(field, msg.error_full_name_kana());
                case "postalCode" -> found.put(field, msg.error_postal_code());
                case "prefecture" -> found.put(field, msg.error_prefecture());
                case "city" -> found.put(field, msg.error_city());
                case "street" -> found.put(field, msg.error_street());
                case "phone" -> found.put(field, msg.error_phone());
                case "label" -> found.put(field, msg.error_address_label());
                default -> found.put("fullName", msg.error_full_name());
            }
        }
        return new AddressForm(label, fullName, fullNameKana, postalCode, prefecture, city, street, phone, found);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
