package shop.dozo.content.auth;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import shop.dozo.support.client.ClientAddress;

/**
 * Your own account and its two-step sign-in (TOTP): set it up with an authenticator app (the secret and an
 * otpauth: link for a QR code), confirm it with a first code, turn it off with a code. An owner resets it for
 * someone who lost their phone.
 */
@Path("/api/staff/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff accounts")
public class TotpResource {

    public record Me(long id, String email, Set<String> roles, boolean totpEnabled, boolean totpPending) {
        static Me of(StaffAccount account) {
            return new Me(account.id, account.email, new TreeSet<>(account.roleSet()), account.totpEnabled(),
                    account.totpPendingSecret != null);
        }
    }

    public record Code(@NotBlank @Size(max = 20) String code) {
    }

    @Inject
    StaffTotp totp;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServerRequest http;

    /** The name authenticator apps show beside the code. */
    @ConfigProperty(name = "dozo.auth.totp-issuer", defaultValue = "Dozo")
    String issuer;

    @GET
    @Path("/me")
    @RolesAllowed("staff")
    @Operation(summary = "Your own account: email, roles, whether two-step sign-in is on")
    public Me me(SecurityContext security) {
        return Me.of(StaffAccount.findByEmail(security.getUserPrincipal().getName())
                .orElseThrow(() -> shop.dozo.support.ProblemException.notFound("No such staff account.")));
    }

    @POST
    @Path("/me/totp")
    @RolesAllowed("staff")
    @Operation(summary = "Start setting up two-step sign-in: a new secret for your authenticator app")
    public StaffTotp.Enrolment start(SecurityContext security) {
        return totp.start(security.getUserPrincipal().getName(), issuer);
    }

    @POST
    @Path("/me/totp/confirm")
    @RolesAllowed("staff")
    @Operation(summary = "Turn two-step sign-in on with the app's first code")
    public Me confirm(@Valid @NotNull Code code, SecurityContext security) {
        return Me.of(totp.confirm(security.getUserPrincipal().getName(), clientAddress.of(http), code.code()));
    }

    @POST
    @Path("/me/totp/disable")
    @RolesAllowed("staff")
    @Operation(summary = "Turn two-step sign-in off, with a current code")
    public Me disable(@Valid @NotNull Code code, SecurityContext security) {
        return Me.of(totp.turnOff(security.getUserPrincipal().getName(), clientAddress.of(http), code.code()));
    }

    @POST
    @Path("/{id}/totp/reset")
    @RolesAllowed("owner")
    @Operation(summary = "Clear someone's two-step sign-in (a lost phone): the password alone signs in again")
    public Me reset(@PathParam("id") long id) {
        return Me.of(totp.reset(id));
    }
}
