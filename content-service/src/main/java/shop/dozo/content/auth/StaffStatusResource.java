package shop.dozo.content.auth;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.dozo.support.staff.StaffStatus;

/** For the other services' token check (docs/service-contracts.md); behind the internal key. */
@Path("/internal/staff/status")
@Produces(MediaType.APPLICATION_JSON)
public class StaffStatusResource {

    @Inject
    LocalStaffStatus accounts;

    @GET
    public StaffStatus status(@QueryParam("email") @NotBlank @Size(max = 254) String email) {
        return accounts.statusOf(email).orElse(StaffStatus.UNKNOWN);
    }
}
