package shop.dozo.content.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.Map;
import shop.dozo.content.operations.Operations.Status;

/**
 * When the last full backup, archive pass and restore drill succeeded, so staff can see at a glance that the
 * shop's safety nets work. The backup tools report here with an owner token after each success.
 */
@Path("/api/staff/operations")
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {

    public record Report(@NotNull Instant at, @Size(max = 500) String detail) {
    }

    @Inject
    Operations operations;

    @GET
    @RolesAllowed("staff")
    public Map<String, Status> all() {
        return operations.all();
    }

    @PUT
    @Path("/{name}")
    @RolesAllowed("owner")
    public Status report(@PathParam("name") String name, @Valid @NotNull Report report, SecurityContext security) {
        return operations.report(name, report.at(), report.detail(), security.getUserPrincipal().getName());
    }
}
