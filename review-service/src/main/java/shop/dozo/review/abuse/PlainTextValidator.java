package shop.dozo.review.abuse;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class PlainTextValidator implements ConstraintValidator<PlainText, String> {
    private int min;
    private int max;
    private boolean multiline;

    @Override
    public void initialize(PlainText annotation) {
        min = annotation.min();
        max = annotation.max();
        multiline = annotation.multiline();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String text = TextRules.normalise(value);
        int length = text.codePointCount(0, text.length());
        return length >= min && length <= max && text.codePoints().allMatch(c -> TextRules.allowed(c, multiline));
    }
}
