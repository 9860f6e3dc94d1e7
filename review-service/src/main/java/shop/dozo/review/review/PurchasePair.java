package shop.dozo.review.review;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import shop.dozo.review.abuse.TextRules;

/**
 * A review's order number and e-mail address: both or neither (empty counts as not given). A Bean Validation
 * constraint, not a check in the posting code, so a refusal names this field together with every other invalid
 * one: {@code email} when only the number is given, {@code orderNumber} when only the address is.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PurchasePair.Check.class)
public @interface PurchasePair {

    String message() default "give both the order number and the order's e-mail address, or neither";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PurchasePair, ReviewRequest> {
        @Override
        public boolean isValid(ReviewRequest request, ConstraintValidatorContext context) {
            if (request == null) {
                return true;
            }
            boolean noNumber = blank(request.orderNumber());
            boolean noEmail = blank(request.email());
            if (noNumber == noEmail) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(noEmail ? "email" : "orderNumber").addConstraintViolation();
            return false;
        }

        private static boolean blank(String value) {
            String text = TextRules.normalise(value);
            return text == null || text.isEmpty();
        }
    }
}
