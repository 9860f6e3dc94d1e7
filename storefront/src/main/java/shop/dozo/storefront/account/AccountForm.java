package shop.dozo.storefront.account;

import java.util.LinkedHashMap;
import java.util.Map;
import shop.dozo.api.Problem;
import shop.dozo.storefront.i18n.Msg;

/**
 * An account form as typed (sign-up, sign-in, reset), with cart-service's field errors in the page's language.
 * Passwords are never echoed back into a page.
 */
public record AccountForm(String email, String fullName, String fullNameKana, Map<String, String> errors) {

    public static AccountForm blank() {
        return new AccountForm("", "", "", Map.of());
    }

    public static AccountForm of(String email, String fullName, String fullNameKana) {
        return new AccountForm(strip(email), strip(fullName), strip(fullNameKana), Map.of());
    }

    public AccountForm withErrors(Problem problem, Msg msg) {
        Map<String, String> found = new LinkedHashMap<>();
        for (Problem.FieldError error : problem.fieldErrors()) {
            String field = error.field() == null ? "" : error.field();
            switch (field) {
                case "email" -> found.put(field, msg.error_email());
                case "fullName" -> found.put(field, msg.error_full_name());
                case "fullNameKana" -> found.put(field, msg.error_full_name_kana());
                default -> found.put("password", msg.error_password());
            }
        }
        return new AccountForm(email, fullName, fullNameKana, found);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
