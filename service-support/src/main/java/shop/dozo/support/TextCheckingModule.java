package shop.dozo.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Optional;

/**
 * Every string Jackson reads goes through {@link InputText}. A refusal is a {@link JsonMappingException}, so Jackson
 * adds the JSON path ({@code lines[0].name}) on its way out and {@link ProblemMappers} names the field.
 */
public class TextCheckingModule extends SimpleModule {

    public TextCheckingModule() {
        super("dozo-text-checking");
        addDeserializer(String.class, new CheckedString(false));
    }

    /** Thrown for refused text; {@link #reason()} says why. */
    public static class TextRefused extends JsonMappingException {
        private final String reason;

        TextRefused(JsonParser parser, String reason) {
            super(parser, reason);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** The standard string reading (coercion rules and all), then the check; multi-line where the field says so. */
    static final class CheckedString extends StringDeserializer implements ContextualDeserializer {
        private final boolean multiLine;

        CheckedString(boolean multiLine) {
            this.multiLine = multiLine;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            boolean multi = property != null && property.getAnnotation(MultiLineText.class) != null;
            return multi == multiLine ? this : new CheckedString(multi);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            Optional<String> refusal = InputText.refusal(text, multiLine);
            if (refusal.isPresent()) {
                throw new TextRefused(parser, refusal.get());
            }
            return text;
        }
    }
}
