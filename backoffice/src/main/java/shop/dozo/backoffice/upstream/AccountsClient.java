package shop.dozo.backoffice.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.UpstreamErrors;

/** content-service's staff accounts: the owner's list, adding, disabling and enabling; anyone's own password. */
@RegisterRestClient(configKey = "content")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api/staff/accounts")
@Consumes(MediaType.APPLICATION_JSON)
public interface AccountsClient {

    record Account(long id, String email, Set<String> roles, boolean active, boolean totpEnabled, Instant createdAt,
            Instant updatedAt) {
        public boolean owner() {
            return roles.contains("owner");
        }
    }

    record NewAccount(String email, String password, Set<String> roles) {
    }

    record RoleChange(String role) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @GET
    List<Account> all();

    @POST
    Account add(NewAccount account);

    @POST
    @Path("/{id}/disable")
    Account disable(@PathParam("id") long id);

    @POST
    @Path("/{id}/enable")
    Account enable(@PathParam("id") long id);

    /** Makes the account staff or owner; content-service keeps the shop an active owner. */
    @PUT
    @Path("/{id}/role")
    Account changeRole(@PathParam("id") long id, RoleChange change);

    /** Clears someone's two-step sign-in (a lost phone): the password alone signs them in again. */
    @POST
    @Path("/{id}/totp/reset")
    Account resetTwoStep(@PathParam("id") long id);

    /** The signed-in person's own password; their older tokens stop working. */
    @PUT
    @Path("/me/password")
    void changePassword(PasswordChange change);
}
