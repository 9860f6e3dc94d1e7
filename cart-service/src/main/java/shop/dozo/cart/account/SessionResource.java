package shop.dozo.cart.account;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.dozo.api.DozoHeaders;
import shop.dozo.support.client.ClientAddress;

/** Customers sign in (a session token for {@code X-Dozo-Customer-Session}) and out. */
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record Credentials(@NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 200) String password) {
    }

    @Inject
    SignIn signIn;

    @Inject
    CustomerSessions sessions;

    @Inject
    ClientAddress clientAddress;

    /**
     * 201 {@code {sessionToken, expiresAt, customer{email, fullName}}}; 401 wrong e-mail or password (the same
     * for both); 403 of type account-unverified for the right password of an unverified account; 429 with
     * Retry-After after too many wrong passwords from this client.
     */
    @POST
    public Response signIn(@Valid @NotNull Credentials credentials, @Context HttpServerRequest http) {
        SignIn.Session session = signIn.signIn(credentials.email(), credentials.password(), clientAddress.of(http));
        return Response.status(Response.Status.CREATED).entity(session).build();
    }

    /** 204, also for a session that has already ended: signing out is safe to repeat. */
    @DELETE
    @Path("/current")
    public Response signOut(@HeaderParam(DozoHeaders.CUSTOMER_SESSION) String session) {
        sessions.end(session);
        return Response.noContent().build();
    }
}
