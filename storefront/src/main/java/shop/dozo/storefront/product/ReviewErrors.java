package shop.dozo.storefront.product;

import java.util.LinkedHashMap;
import java.util.Map;
import shop.dozo.api.Problem;
import shop.dozo.storefront.i18n.Msg;

/**
 * review-service's answer to a refused review, in the shopper's language beside the form's fields. The rules are
 * review-service's alone: it names every invalid field at once ({@code errors[].field}), and this only turns
 * those names into this form's messages.
 */
final class ReviewErrors {
    private ReviewErrors() {
    }

    /** review-service's field names → this form's messages; anything unexpected lands on the body. */
    static Map<String, String> of(Problem problem, Msg msg) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Problem.FieldError error : problem.fieldErrors()) {
            String field = error.field() == null ? "" : error.field();
            if (problem.isTextNotAllowed()) {
                errors.put(switch (field) {
                    case "title", "nickname" -> field;
                    case "orderNumber", "email" -> "orderNumber";
                    default -> "body";
                }, msg.error_text_not_allowed());
                continue;
            }
            switch (field) {
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
}
