package shop.dozo.review.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;

/**
 * Puts the review tables of a shop archive back (`dozo import`): the same NDJSON the export wrote, rows restored
 * by id with their timestamps and versions. Owner only: it overwrites rows. Reviews must come before their events.
 */
@Path("/api/staff/import")
@Consumes(ExportResource.NDJSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("owner")
public class ImportResource {

    @Inject
    NdjsonImporter importer;

    public record Imported(long rows) {
    }

    @POST
    @Path("/reviews")
    public Imported reviews(InputStream body) {
        return new Imported(importer.reviews(body));
    }

    @POST
    @Path("/moderation-events")
    public Imported moderationEvents(InputStream body) {
        return new Imported(importer.moderationEvents(body));
    }
}
