package shop.dozo.content.auth;

import static shop.dozo.content.document.ContentApiExamples.ACCOUNT;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import shop.dozo.support.ProblemException;
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
    static final int BCRYPT_COST = 12;

    @Inject
    LoginThrottle throttle;

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

    public record AccountView(long id, String email, Set<String> roles, boolean active, Instant createdAt,
            Instant updatedAt) {
        static AccountView of(StaffAccount account) {
            return new AccountView(account.id, account.email, new TreeSet<>(account.roleSet()), account.active,
                    account.createdAt, account.updatedAt);
        }
    }

    @GET
    @RolesAllowed("owner")
    @Operation(summary = "Every staff account, disabled ones too")
    public List<AccountView> all() {
        return StaffAccount.<StaffAccount>listAll(io.quarkus.panache.common.Sort.by("id")).stream().map(AccountView::of).toList();
    }

    @POST
    @RolesAllowed("owner")
    @Transactional
    @Operation(summary = "Add a staff member (an owner is staff too)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "staff", value = ACCOUNT)))
    public Response add(@Valid @NotNull NewAccount request) {
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        if (StaffAccount.findByEmail(email).isPresent()) {
            throw ProblemException.conflict("There is an account for " + email + " already.");
        }
        Passwords.requireFitsBcrypt("password", request.password());
        StaffAccount account = new StaffAccount();
        account.email = email;
        account.passwordHash = BcryptUtil.bcryptHash(request.password(), BCRYPT_COST);
        account.roles = request.roles().contains("owner") ? "staff,owner" : "staff";
        account.persistAndFlush();
        return Response.created(URI.create("/api/staff/accounts/" + account.id)).entity(AccountView.of(account)).build();
    }

    @POST
    @Path("/{id}/disable")
    @RolesAllowed("owner")
    @Transactional
    @Operation(summary = "Disable an account: it can no longer sign in")
    public AccountView disable(@PathParam("id") long id, SecurityContext security) {
        StaffAccount account = find(id);
        if (account.email.equals(security.getUserPrincipal().getName())) {
            throw ProblemException.conflict("You cannot disable your own account; another owner can.");
        }
        account.active = false;
        // Enabling again must not revive old tokens: none issued up to this second (iat has whole seconds).
        account.tokensValidFrom = StaffAccount.nowInTokenSeconds() + 1;
        return AccountView.of(account);
    }

    @POST
    @Path("/{id}/enable")
    @RolesAllowed("owner")
    @Transactional
    @Operation(summary = "Enable a disabled account again")
    public AccountView enable(@PathParam("id") long id) {
        StaffAccount account = find(id);
        account.active = true;
        return AccountView.of(account);
    }

    @PUT
    @Path("/me/password")
    @RolesAllowed("staff")
    @Transactional
    @Operation(summary = "Change your own password (the owner should replace the initial one)")
    public Response changePassword(@Valid @NotNull PasswordChange change, SecurityContext security) {
        StaffAccount account = StaffAccount.findByEmail(security.getUserPrincipal().getName())
                .orElseThrow(() -> ProblemException.notFound("Your token names no staff account of this shop."));
        // A stolen token must not become a way to guess the password: the sign-in slowdown applies here too.
        String client = clientAddress.of(http);
        throttle.requireNoWait(account.email, client);
        if (!BcryptUtil.matches(change.currentPassword(), account.passwordHash)
                || !Passwords.fitsBcrypt(change.currentPassword())) {
            throttle.failed(account.email, client);
            throw ProblemException.badRequest("currentPassword", "is not your current password");
        }
        Passwords.requireFitsBcrypt("newPassword", change.newPassword());
        throttle.succeeded(account.email, client);
        account.passwordHash = BcryptUtil.bcryptHash(change.newPassword(), BCRYPT_COST);
        account.tokensValidFrom = StaffAccount.nowInTokenSeconds();
        return Response.noContent().build();
    }

    private static StaffAccount find(long id) {
        StaffAccount account = StaffAccount.findById(id);
        if (account == null) {
            throw ProblemException.notFound("There is no staff account " + id + ".");
        }
        return account;
    }
}
