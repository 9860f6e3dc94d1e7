package shop.dozo.storefront.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** An RFC 9457 problem as the services answer it; {@code errors} names the invalid fields. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
    /** The services' type for text they refuse (a control character, a bidi override in a name...). */
    static final String TEXT_NOT_ALLOWED = "https://dozo.shop/problems/invalid-text";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }

    public List<FieldError> fieldErrors() {
        return errors == null ? List.of() : errors;
    }

    /** The fields hold characters no shop text may hold: say that, not "please enter your name". */
    public boolean isTextNotAllowed() {
        return TEXT_NOT_ALLOWED.equals(type);
    }

    public boolean hasErrorOn(String field) {
        return fieldErrors().stream().anyMatch(error -> field.equals(error.field()));
    }
}
