package shop.dozo.content.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import shop.dozo.support.ProblemException;

/**
 * The last success of each safety net (full backup, archive pass, restore drill). A report is one transaction, and an
 * older report arriving late never hides a newer success.
 */
@ApplicationScoped
public class Operations {
    private static final Set<String> KNOWN = Set.of("last-full-backup", "last-archive", "last-drill");

    public record Status(Instant at, String detail, String reportedBy) {
    }

    public Map<String, Status> all() {
        Map<String, Status> status = new TreeMap<>();
        for (OperationsStatus row : OperationsStatus.<OperationsStatus>listAll()) {
            status.put(row.name, new Status(row.happenedAt, row.detail, row.reportedBy));
        }
        return status;
    }

    @Transactional
    public Status report(String name, Instant at, String detail, String reportedBy) {
        if (!KNOWN.contains(name)) {
            throw ProblemException.notFound("Unknown operation '" + name + "'; known: " + new TreeSet<>(KNOWN));
        }
        if (at.isAfter(Instant.now().plusSeconds(300))) {
            throw ProblemException.badRequest("at", "cannot be in the future");
        }
        OperationsStatus row = OperationsStatus.findById(name);
        if (row == null) {
            row = new OperationsStatus();
            row.name = name;
        }
        if (row.happenedAt == null || !at.isBefore(row.happenedAt)) {
            row.happenedAt = at;
            row.detail = detail == null ? "" : detail;
            row.reportedBy = reportedBy;
            row.persist();
        }
        return new Status(row.happenedAt, row.detail, row.reportedBy);
    }
}
