package shop.dozo.backoffice.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shop.dozo.api.Problem;

/**
 * The errors of a form, by field, as the service that owns the rule found them: the back office checks nothing
 * itself, it only says the service's answer in the person's language, next to the field it names. Templates ask
 * {@code errors.has('price')} and {@code errors.get('price')}; {@code errors.general} is what belongs to no field.
 */
public final class FormErrors {
    public static final FormErrors NONE = new FormErrors(Map.of(), null);

    private final Map<String, String> byField;
    private final String general;

    private FormErrors(Map<String, String> byField, String general) {
        this.byField = byField;
        this.general = general;
    }

    /** @param fieldNames the service's field name → the form's field name, where they differ */
    public static FormErrors of(Problem problem, boolean english, Map<String, String> fieldNames) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Problem.FieldError error : problem.fieldErrors()) {
            String field = error.field() == null ? "" : error.field();
            String formField = fieldNames.getOrDefault(field, field.replaceAll("\\[\\d+]$", ""));
            byField.merge(formField, say(error.message(), english), (a, b) -> a + " " + b);
        }
        String general = byField.isEmpty() ? detail(problem, english) : null;
        return new FormErrors(byField, general);
    }

    public static FormErrors general(String message) {
        return new FormErrors(Map.of(), message);
    }

    public static FormErrors field(String field, String message) {
        return new FormErrors(Map.of(field, message), null);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.getOrDefault(field, "");
    }

    public boolean any() {
        return !byField.isEmpty() || general != null;
    }

    public String general() {
        return general;
    }

    public List<String> fields() {
        return List.copyOf(byField.keySet());
    }

    private static String detail(Problem problem, boolean english) {
        String detail = problem.detail() == null ? problem.title() : problem.detail();
        return english ? detail : "保存できませんでした（" + detail + "）";
    }

    /**
     * The services speak English (their API is for machines too); the common Bean Validation and Dozo messages
     * get a Japanese sentence, and anything else is shown as the service wrote it, inside a Japanese frame.
     */
    static String say(String message, boolean english) {
        String text = message == null ? "" : message;
        if (english) {
            return capitalise(text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("must not be blank") || lower.contains("must not be null")
                || lower.contains("must not be empty")) {
            return "入力してください。";
        }
        if (lower.contains("greater than or equal to 0") || lower.contains("must be positive or zero")) {
            return "0以上の数を入力してください。";
        }
        if (lower.contains("must be less than or equal to")) {
            return "大きすぎます（" + text.replaceAll("\\D+", "") + " まで）。";
        }
        if (lower.startsWith("size must be between")) {
            return "長さが範囲外です（" + text.substring("size must be between".length()).trim() + " 文字）。";
        }
        if (lower.contains("already")) {
            return "すでに使われています。別の値にしてください。";
        }
        if (lower.contains("not a number") || lower.contains("whole number")) {
            return "半角数字で入力してください。";
        }
        if (lower.contains("characters") && lower.contains("not allowed")
                || lower.contains("control character")) {
            return "使えない文字が含まれています。";
        }
        if (lower.contains("t and 13 digits")) {
            return "「T」と13桁の数字で入力してください（例: T1234567890123）。";
        }
        if (lower.matches("between \\d+ and \\d+ characters")) {
            return text.replaceAll("\\D+(\\d+)\\D+(\\d+).*", "$1〜$2文字で入力してください。");
        }
        if (lower.contains("not your current password")) {
            return "現在のパスワードが違います。";
        }
        if (lower.contains("well-formed email")) {
            return "メールアドレスの形式で入力してください。";
        }
        if (lower.contains("a path starting with /")) {
            return "「/」で始まるショップ内のパスか、http(s) のアドレスを入力してください。";
        }
        if (lower.contains("letters, digits") && lower.contains("hyphens")) {
            return "半角英数字とハイフンで入力してください。";
        }
        if (lower.startsWith("must be after")) {
            return "開始より後の日時にしてください。";
        }
        return "入力を確認してください（" + text + "）。";
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
