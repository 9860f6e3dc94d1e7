package shop.dozo.cart.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import shop.dozo.support.MultiLineText;

/** Staff look at a customer's points, and record points that expired. */
@Path("/api/staff/customers/{email}/points")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class StaffCustomerResource {

    public record Expiry(@NotNull @Min(1) @Max(10_000_000) Integer points,
            @NotBlank @MultiLineText @Size(max = 500) String note) {
    }

    @Inject
    CustomerPoints customerPoints;

    @GET
    public CustomerView points(@PathParam("email") String email) {
        return customerPoints.of(email);
    }

    @POST
    @Path("/expirations")
    public CustomerView expire(@PathParam("email") String email, @Valid @NotNull Expiry expiry,
            @Context SecurityContext security) {
        return customerPoints.expire(email, expiry.points(), expiry.note(), security.getUserPrincipal().getName());
    }
}
