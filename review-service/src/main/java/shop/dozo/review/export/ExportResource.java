package shop.dozo.review.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** The review tables for the shop archive (`dozo export`): streamed NDJSON, one row per line, by id. */
@Path("/api/staff/export")
@Produces(ExportResource.NDJSON)
@RolesAllowed("staff")
public class ExportResource {
    public static final String NDJSON = "application/x-ndjson";

    @Inject
    NdjsonExporter exporter;

    @GET
    @Path("/reviews")
    public Response reviews() {
        return Response.ok((StreamingOutput) exporter::reviews, NDJSON).build();
    }

    @GET
    @Path("/moderation-events")
    public Response moderationEvents() {
        return Response.ok((StreamingOutput) exporter::moderationEvents, NDJSON).build();
    }
}
