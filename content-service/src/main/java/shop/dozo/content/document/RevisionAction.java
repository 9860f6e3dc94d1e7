package shop.dozo.content.document;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a revision did, so the history reads as a story: created, edited, published, archived, restored. */
public enum RevisionAction {
    CREATED, EDITED, PUBLISHED, ARCHIVED, RESTORED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
