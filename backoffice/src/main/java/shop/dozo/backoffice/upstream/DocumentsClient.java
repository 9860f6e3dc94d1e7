package shop.dozo.backoffice.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.UpstreamErrors;

/**
 * content-service's staff API of pages and news posts, and its Markdown preview. Pages and news share one API shape
 * (StaffDocumentResource), so one client serves both: {@code kind} is {@code pages} or {@code news}.
 */
@RegisterRestClient(configKey = "content")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api/staff")
@Consumes(MediaType.APPLICATION_JSON)
public interface DocumentsClient {

    /** A page or news post as staff edit it; {@code revision} goes back with the next save. */
    record Document(String slug, String title, String titleEn, String body, String html, String status,
            Instant publishedAt, int revision, Instant createdAt, Instant updatedAt, String updatedBy) {
    }

    /** A save. Null leaves a field as it is (status, publishedAt) where content-service allows it. */
    record DocumentRequest(String slug, String title, String titleEn, String body, String status,
            OffsetDateTime publishedAt, String note, Integer revision) {
    }

    record RevisionSummary(int revision, String action, Integer restoredFrom, String note, String author,
            Instant createdAt, String title, String status) {
    }

    record Revision(int revision, String action, Integer restoredFrom, String note, String author, Instant createdAt,
            String title, String titleEn, String body, String html, String status, Instant publishedAt) {
    }

    record PreviewRequest(String markdown) {
    }

    /** {@code scriptRefused}: saving this body would be refused. The HTML is sanitised by content-service. */
    record Preview(String html, boolean scriptRefused) {
    }

    @GET
    @Path("/{kind}")
    List<Document> all(@PathParam("kind") String kind);

    @GET
    @Path("/{kind}/{slug}")
    Document one(@PathParam("kind") String kind, @PathParam("slug") String slug);

    @POST
    @Path("/{kind}")
    Document create(@PathParam("kind") String kind, DocumentRequest request);

    @PUT
    @Path("/{kind}/{slug}")
    Document update(@PathParam("kind") String kind, @PathParam("slug") String slug, DocumentRequest request);

    @POST
    @Path("/{kind}/{slug}/publish")
    Document publish(@PathParam("kind") String kind, @PathParam("slug") String slug);

    @POST
    @Path("/{kind}/{slug}/archive")
    Document archive(@PathParam("kind") String kind, @PathParam("slug") String slug);

    @GET
    @Path("/{kind}/{slug}/revisions")
    List<RevisionSummary> revisions(@PathParam("kind") String kind, @PathParam("slug") String slug);

    @GET
    @Path("/{kind}/{slug}/revisions/{revision}")
    Revision revision(@PathParam("kind") String kind, @PathParam("slug") String slug,
            @PathParam("revision") int revision);

    @POST
    @Path("/{kind}/{slug}/revisions/{revision}/restore")
    Document restore(@PathParam("kind") String kind, @PathParam("slug") String slug,
            @PathParam("revision") int revision);

    @POST
    @Path("/preview")
    Preview preview(PreviewRequest request);
}
