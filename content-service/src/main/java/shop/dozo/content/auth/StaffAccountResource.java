package shop.dozo.content.auth;

import static shop.dozo.content.document.ContentApiExamples.ACCOUNT;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import shop.dozo.support.client.ClientAddress;

/**
 * The owner adds staff and disables them (accounts are never deleted, so the revision history keeps meaning who
 * wrote what). Every staff member can change their own password. A disabled account can no longer sign in, and
 * the tokens it already holds stop working within {@link StaffTokenCheck}'s bound; so do tokens issued before a
 * password change.
 */
@Path("/api/staff/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff accounts")
public class StaffAccountResource {
    @Inject
    StaffAccounts accounts;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServerRequest http;

    public record NewAccount(@NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = 12, max = 200, message = "between 12 and 200 characters") String password,
            @NotEmpty Set<@NotNull @Pattern(regexp = "staff|owner", message = "staff or owner") String> roles) {
    }

    public record PasswordChange(@NotBlank String currentPassword,
            @NotBlank @Size(min = 12, max = 200, message = "between 12 and 200 characters") String newPassword) {
    }

    public record RoleChange(@NotNull @Pattern(regexp = "staff|owner", message = "staff or owner") String role) {
    }

    public record AccountView(long id, String email, Set<String> roles, boolean active, boolean totpEnabled,
            Instant createdAt, Instant updatedAt) {
        static AccountView of(StaffAccount account) {
            return new AccountView(account.id, account.email, new TreeSet<>(account.roleSet()), account.active,
                    account.totpEnabled(), account.createdAt, account.updatedAt);
        }
    }

    @GET
    @RolesAllowed("owner")
    @Operation(summary = "Every staff account, disabled ones too")
    public List<AccountView> all() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @POST
    @RolesAllowed("owner")
    @Operation(summary = "Add a staff member (an owner is staff too)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "staff", value = ACCOUNT)))
    public Response add(@Valid @NotNull NewAccount request) {
        StaffAccount account = accounts.add(request.email(), request.password(), request.roles());
        return Response.created(URI.create("/api/staff/accounts/" + account.id)).entity(AccountView.of(account))
                .build();
    }

    @POST
    @Path("/{id}/disable")
    @RolesAllowed("owner")
    @Operation(summary = "Disable an account: it can no longer sign in")
    public AccountView disable(@PathParam("id") long id, SecurityContext security) {
        return AccountView.of(accounts.disable(id, security.getUserPrincipal().getName()));
    }

    @POST
    @Path("/{id}/enable")
    @RolesAllowed("owner")
    @Operation(summary = "Enable a disabled account again")
    public AccountView enable(@PathParam("id") long id) {
        return AccountView.of(accounts.enable(id));
    }

    @PUT
    @Path("/{id}/role")
    @RolesAllowed("owner")
    @Operation(summary = "Make an account staff or owner",
            description = "The shop always keeps an active owner: taking the role from the last one answers 409. "
                    + "The account's tokens stop working, so its next sign-in carries the new role.")
    public AccountView changeRole(@PathParam("id") long id, @Valid @NotNull RoleChange change) {
        return AccountView.of(accounts.changeRole(id, change.role()));
    }

    @PUT
    @Path("/me/password")
    @RolesAllowed("staff")
    @Operation(summary = "Change your own password (the owner should replace the initial one)")
    public Response changePassword(@Valid @NotNull PasswordChange change, SecurityContext security) {
        accounts.changePassword(security.getUserPrincipal().getName(), clientAddress.of(http),
                change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }
}
