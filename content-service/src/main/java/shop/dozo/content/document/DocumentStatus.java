package shop.dozo.content.document;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a page or news post stands. Only published ones are public; archived ones are kept, never deleted. */
public enum DocumentStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DocumentStatus parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
