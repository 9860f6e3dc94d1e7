package shop.dozo.content.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import java.util.Set;
import java.util.TreeMap;
import shop.dozo.support.ProblemException;

/**
 * When the last full backup, archive pass and restore drill succeeded, so staff can see at a glance that the
 * shop's safety nets work. The backup tools report here with an owner token after each success.
 */
@Path("/api/staff/operations")
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {
    private static final Set<String> KNOWN = Set.of("last-full-backup", "last-archive", "last-drill");

    public record Report(@NotNull Instant at, @Size(max = 500) String detail) {
    }

    public record Status(Instant at, String detail, String reportedBy) {
    }

    @GET
    @RolesAllowed("staff")
    public Map<String, Status> all() {
        Map<String, Status> status = new TreeMap<>();
        for (OperationsStatus row : OperationsStatus.<OperationsStatus>listAll()) {
            status.put(row.name, new Status(row.happenedAt, row.detail, row.reportedBy));
        }
        return status;
    }

    @PUT
    @Path("/{name}")
    @RolesAllowed("owner")
    @Transactional
    public Status report(@PathParam("name") String name, @Valid @NotNull Report report, SecurityContext security) {
        if (!KNOWN.contains(name)) {
            throw ProblemException.notFound("Unknown operation '" + name + "'; known: " + new java.util.TreeSet<>(KNOWN));
        }
        if (report.at().isAfter(Instant.now().plusSeconds(300))) {
            throw ProblemException.badRequest("at", "cannot be in the future");
        }
        OperationsStatus row = OperationsStatus.findById(name);
        if (row == null) {
            row = new OperationsStatus();
            row.name = name;
        }
        // An older report arriving late never hides a newer success.
        if (row.happenedAt == null || !report.at().isBefore(row.happenedAt)) {
            row.happenedAt = report.at();
            row.detail = report.detail() == null ? "" : report.detail();
            row.reportedBy = security.getUserPrincipal().getName();
            row.persist();
        }
        return new Status(row.happenedAt, row.detail, row.reportedBy);
    }
}
