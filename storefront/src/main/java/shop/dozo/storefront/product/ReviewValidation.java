package shop.dozo.storefront.product;

import java.util.LinkedHashMap;
import java.util.Map;
import shop.dozo.storefront.i18n.Msg;
import shop.dozo.api.Problem;

/**
 * The review rules review-service enforces, checked here first so the shopper gets every message at once in
 * their language; review-service checks again and stays the judge.
 */
final class ReviewValidation {
    private ReviewValidation() {
    }

    static Map<String, String> check(ReviewForm form, Msg msg) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.rating() == null || !form.rating().matches("[1-5]")) {
            errors.put("rating", msg.error_rating());
        }
        if (!lengthBetween(form.title(), 1, 100)) {
            errors.put("title", msg.error_review_title());
        }
        if (!lengthBetween(form.body(), 10, 4000)) {
            errors.put("body", msg.error_review_body());
        }
        if (!lengthBetween(form.nickname(), 1, 40)) {
            errors.put("nickname", msg.error_nickname());
        }
        if (blank(form.orderNumber()) != blank(form.email())) {
            errors.put("orderNumber", msg.error_purchase_pair());
        }
        return errors;
    }

    /** review-service's field names → this form's messages; anything unexpected lands on the body. */
    static Map<String, String> fromProblem(Problem problem, Msg msg) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem.FieldError error : problem.fieldErrors()) {
            if (problem.isTextNotAllowed()) {
                String field = error.field() == null ? "" : error.field();
                errors.put(switch (field) {
                    case "title", "nickname" -> field;
                    case "orderNumber", "email" -> "orderNumber";
                    default -> "body";
                }, msg.error_text_not_allowed());
                continue;
            }
            switch (error.field() == null ? "" : error.field()) {
                case "rating" -> errors.put("rating", msg.error_rating());
                case "title" -> errors.put("title", msg.error_review_title());
                case "nickname" -> errors.put("nickname", msg.error_nickname());
                case "orderNumber", "email" -> errors.put("orderNumber", msg.error_purchase_pair());
                default -> errors.put("body", msg.error_review_body());
            }
        }
        if (errors.isEmpty()) {
            errors.put("body", msg.error_review_body());
        }
        return errors;
    }

    /** Counted in code points, as a shopper counts characters (an emoji is one). */
    static boolean lengthBetween(String text, int min, int max) {
        if (text == null) {
            return false;
        }
        int length = text.strip().codePointCount(0, text.strip().length());
        return length >= min && length <= max;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
