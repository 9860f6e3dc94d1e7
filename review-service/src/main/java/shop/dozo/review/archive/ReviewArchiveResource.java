package shop.dozo.review.archive;

import jakarta.ws.rs.Path;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import shop.dozo.support.ArchiveTablesResource;
import shop.dozo.support.NdjsonTables;

/**
 * The reviews and their moderation history for the shop archive (`dozo export` / `dozo import`), through
 * {@link NdjsonTables} like every other service's tables: one snapshot per export, one transaction per import.
 * Three things are the review archive's own, so the owner's archives written before it moved here still import
 * and come out again byte for byte:
 * <ul>
 * <li>{@code client_hash}, the salted hash of the poster's address, stays out: it is personal data the owner's
 * copy does not need and it only serves the posting rate limit;</li>
 * <li>fields are named in camelCase ({@code externalId}, {@code withdrawKeyHash}), as review archives always were;</li>
 * <li>each row is checked first ({@link ReviewArchiveChecks}): statuses and actions must be known, text must pass
 * the text rule, and a review must not take another review's external id or withdraw key.</li>
 * </ul>
 * The import answers {@code {"imported": n}} like the other services, and {@code "rows"} as it always did.
 */
@Path("/api/staff")
@Tag(name = "Archive (staff)")
public class ReviewArchiveResource extends ArchiveTablesResource {
    private static final Map<String, String> TABLES = Map.of(
            "reviews", "review",
            "moderation-events", "moderation_event");

    private static final Map<String, NdjsonTables.Table> ARCHIVED = Map.of(
            "review", NdjsonTables.Table.of("review").excluding("client_hash").withCamelCaseFields()
                    .checkedBy(ReviewArchiveChecks::review),
            "moderation_event", NdjsonTables.Table.of("moderation_event").withCamelCaseFields()
                    .checkedBy(ReviewArchiveChecks::moderationEvent));

    @Override
    protected Map<String, String> tables() {
        return TABLES;
    }

    @Override
    protected NdjsonTables.Table archived(String table) {
        return ARCHIVED.get(table);
    }

    @Override
    protected Map<String, Integer> imported(int rows) {
        return Map.of("imported", rows, "rows", rows);
    }
}
