package shop.dozo.storefront.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** An RFC 9457 problem as the services answer it; {@code errors} names the invalid fields. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String title, int status, String detail, List<FieldError> errors) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }

    public List<FieldError> fieldErrors() {
        return errors == null ? List.of() : errors;
    }

    public boolean hasErrorOn(String field) {
        return fieldErrors().stream().anyMatch(error -> field.equals(error.field()));
    }
}
