package shop.dozo.review.abuse;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a shopper typed: its length (without surrounding white space) in characters, not UTF-16 units, and no
 * control or bidi-override characters. Markup is allowed and stays text: clients render it escaped.
 * {@code null} is valid; combine with {@code @NotNull}.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {
    int min() default 1;

    int max();

    /** Line breaks and tabs allowed (a review body), or a single line (a title). */
    boolean multiline() default false;

    String message() default "{min} to {max} characters of plain text, without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
