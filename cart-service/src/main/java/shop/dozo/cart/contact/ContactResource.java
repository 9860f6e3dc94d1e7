package shop.dozo.cart.contact;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import shop.dozo.api.DozoHeaders;
import shop.dozo.support.MultiLineText;
import shop.dozo.support.ProblemException;
import shop.dozo.support.client.ClientAddress;

/** The shop's contact form: 202 once the message is queued for the shop's mailbox. */
@Path("/api/contact")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,100}");

    public record ContactRequest(@NotBlank @Size(max = 100) String name,
            @NotBlank @Email @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+",
                    message = "an address like hanako@example.jp")
            @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String subject,
            @NotBlank @MultiLineText @Size(max = 5000) String message,
            @Pattern(regexp = "ja|en", message = "ja or en") String lang) {
    }

    @Inject
    ContactDesk desk;

    @Inject
    ClientAddress clientAddress;

    @POST
    public Response send(@HeaderParam(DozoHeaders.IDEMPOTENCY_KEY) String key,
            @Valid @NotNull ContactRequest request, @Context HttpServerRequest http) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw ProblemException.badRequest("Idempotency-Key",
                    "send a header Idempotency-Key of 8 to 100 letters, digits, '-' or '_', new for each message");
        }
        desk.send(key, new ContactDesk.Message(request.name(), request.email(), request.subject(), request.message(),
                request.lang()), clientAddress.of(http));
        return Response.accepted(Map.of("status", "sent")).build();
    }
}
