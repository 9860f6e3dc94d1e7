package shop.dozo.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each invalid field, so a client can show the message beside it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of(), null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, current);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, current);
    }

    /** For 409 answers: the current state, so an editor can merge instead of losing work. */
    public Problem withCurrent(Object currentState) {
        return new Problem(type, title, status, detail, instance, errors, currentState);
    }
}
