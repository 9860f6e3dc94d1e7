package shop.dozo.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, as the services write it and their clients read it. {@code errors} names each invalid
 * field, so a client can show the message beside it; {@code current} is the current state in a 409, so an editor can
 * merge instead of losing work.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @JsonIgnoreProperties(ignoreUnknown = true)
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

    public Problem withCurrent(Object currentState) {
        return new Problem(type, title, status, detail, instance, errors, currentState);
    }

    /** The same problem under another status (a client that got a body whose status disagrees with the answer's). */
    public Problem withStatus(int answeredStatus) {
        return new Problem(type, title, answeredStatus, detail, instance, errors, current);
    }

    public List<FieldError> fieldErrors() {
        return errors == null ? List.of() : errors;
    }

    public boolean hasErrorOn(String field) {
        return fieldErrors().stream().anyMatch(error -> field.equals(error.field()));
    }

    /** The fields hold characters no shop text may hold: a client says that, not "please enter your name". */
    public boolean isTextNotAllowed() {
        return ProblemTypes.INVALID_TEXT.equals(type);
    }
}
