package shop.dozo.support;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import shop.dozo.api.Problem;

/** Turns every failure into an RFC 9457 problem+json answer; never leaks a stack trace. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response tooManyRequests(TooManyRequests e, UriInfo uri) {
        return Response.fromResponse(respond(e.problem(), uri)).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .build();
    }

    @ServerExceptionMapper
    public Response serviceUnavailable(ServiceUnavailable e, UriInfo uri) {
        return Response.fromResponse(respond(e.problem(), uri)).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .build();
    }

    // Quarkus maps its own subclass of ConstraintViolationException; naming both takes over both.
    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
        return respond(Problem.of(400, "Invalid request", detail).withErrors(errors), uri);
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof TextCheckingModule.TextRefused refused) {
            String field = jsonPath(refused);
            return respond(InputText.refused(field.isEmpty() ? "body" : field, refused.reason()).problem(), uri);
        }
        if (e instanceof JsonParseException && e.getOriginalMessage().startsWith("Duplicate field")) {
            // StrictJson's duplicate detection: the message names the key, e.g. "Duplicate field 'quantity'".
            return respond(Problem.of(400, "Malformed request body",
                    "The request body has a key twice: " + e.getOriginalMessage().substring("Duplicate field ".length())
                            + ". Send each key once."),
                    uri);
        }
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : "";
        String detail = field.isEmpty() ? "The request body is not valid JSON."
                : "The value of '" + field + "' has the wrong type or format.";
        Problem problem = Problem.of(400, "Malformed request body", detail);
        if (!field.isEmpty()) {
            problem = problem.withErrors(List.of(new Problem.FieldError(field, "wrong type or format")));
        }
        return respond(problem, uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleUpdate(RuntimeException e, UriInfo uri) {
        return respond(Problem.of(409, "Conflict",
                "Someone else changed this record since you loaded it. Reload it and apply your change again."), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(401, "Unauthorized",
                "Sign in as staff: send a valid bearer token from content-service's /api/auth/token."), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "Forbidden", "Your account does not have the role this action needs."), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() instanceof IllegalArgumentException) {
            // JAX-RS answers a query parameter it cannot convert ("?page=two") with 404; it is bad input.
            return respond(Problem.of(400, "Bad Request", "A query parameter has the wrong form: "
                    + e.getCause().getMessage()), uri);
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        String reason = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = status == 404 ? "There is nothing at this address." : e.getMessage();
        return respond(Problem.of(status, reason, detail), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseAway.causedBy(e)) {
            // A failover, not a bug: one line, no stack trace.
            LOG.warnf("Database away: %s", rootMessage(e));
            return Response.fromResponse(respond(Problem.of(503, "Service Unavailable",
                    "The shop's database did not answer just now. Please try again in a moment."), uri))
                    .header(HttpHeaders.RETRY_AFTER, "2").build();
        }
        LOG.error("Unexpected failure", e);
        return respond(Problem.of(500, "Internal Server Error",
                "Something went wrong on our side. Nothing was changed; please try again."), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        Problem withPath = uri == null ? problem : problem.withInstance(uri.getRequestUri().getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(withPath).build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // "create.body.priceYen" -> "priceYen": the client knows its own body, not our method names.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
