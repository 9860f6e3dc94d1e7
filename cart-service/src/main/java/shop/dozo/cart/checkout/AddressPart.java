package shop.dozo.cart.checkout;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.Normalizer;

/**
 * A delivery-address field that must normalise (full-width and IME spellings welcome), checked with every other
 * field of the request so a form learns all its mistakes in one answer. Blank is {@code @NotBlank}'s to report.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AddressPart.Check.class)
public @interface AddressPart {
    Kind value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum Kind {
        POSTAL_CODE("a postal code like 〒123-4567"),
        PREFECTURE("one of the 47 prefectures, e.g. 東京都"),
        PHONE("a phone number like 03-1234-5678"),
        KANA("フリガナ in katakana (or hiragana) and spaces, e.g. ヤマダ ハナコ");

        final String expected;

        Kind(String expected) {
            this.expected = expected;
        }

        boolean accepts(String typed) {
            return switch (this) {
                case POSTAL_CODE -> PostalCode.normalise(typed).isPresent();
                case PREFECTURE -> Prefectures.ALL.contains(prefecture(typed));
                case PHONE -> Phone.normalise(typed).isPresent();
                case KANA -> Kana.normalise(typed).isPresent();
            };
        }

        static String prefecture(String typed) {
            return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        }
    }

    final class Check implements ConstraintValidator<AddressPart, String> {
        private Kind kind;

        @Override
        public void initialize(AddressPart annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank() || kind.accepts(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(kind.expected).addConstraintViolation();
            return false;
        }
    }
}
