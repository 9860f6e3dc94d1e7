package shop.dozo.backoffice.content;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.backoffice.upstream.DocumentsClient;
import shop.dozo.backoffice.upstream.DocumentsClient.Document;
import shop.dozo.backoffice.upstream.DocumentsClient.Revision;
import shop.dozo.backoffice.upstream.DocumentsClient.RevisionSummary;
import shop.dozo.backoffice.web.Formats;
import shop.dozo.web.security.Redirects;

/**
 * A page's or news post's revisions: who saved what when, the line diff between any two of them, and restoring one
 * (content-service copies it into a new revision; the history itself never changes).
 */
public abstract class RevisionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance revisions(DocumentKind kind, Document document, List<RevisionSummary> revisions,
                int from, int to, String notice);

        static native TemplateInstance diff(DocumentKind kind, Document document, Revision from, Revision to,
                List<FieldChange> changes, LineDiff body, List<RevisionSummary> revisions);
    }

    /** A field other than the body that differs between the two revisions. */
    public record FieldChange(String field, String before, String after) {
    }

    @Inject
    @RestClient
    DocumentsClient documents;

    protected abstract DocumentKind kind();

    @GET
    public TemplateInstance revisions(@PathParam("slug") String slug, @QueryParam("notice") String notice) {
        Document document = documents.one(kind().api(), slug);
        List<RevisionSummary> newestFirst = newestFirst(slug);
        // Offered for comparison at first: the newest revision against the one before it.
        int to = document.revision();
        int from = Math.max(1, to - 1);
        return Templates.revisions(kind(), document, newestFirst, from, to, notice);
    }

    @GET
    @Path("/diff")
    public TemplateInstance diff(@PathParam("slug") String slug, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        int older = revisionNumber(from);
        int newer = revisionNumber(to);
        Document document = documents.one(kind().api(), slug);
        Revision before = documents.revision(kind().api(), slug, older);
        Revision after = documents.revision(kind().api(), slug, newer);
        return Templates.diff(kind(), document, before, after, changes(before, after),
                LineDiff.between(before.body(), after.body()), newestFirst(slug));
    }

    @POST
    @Path("/{revision}/restore")
    public Response restore(@PathParam("slug") String slug, @PathParam("revision") String revision) {
        documents.restore(kind().api(), slug, revisionNumber(revision));
        return Redirects.seeOther(kind().path() + "/" + slug + "/revisions?notice=restored").build();
    }

    private List<RevisionSummary> newestFirst(String slug) {
        List<RevisionSummary> revisions = new ArrayList<>(documents.revisions(kind().api(), slug));
        revisions.sort((a, b) -> Integer.compare(b.revision(), a.revision()));
        return revisions;
    }

    private static List<FieldChange> changes(Revision before, Revision after) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "title", before.title(), after.title());
        compare(changes, "titleEn", before.titleEn(), after.titleEn());
        compare(changes, "status", before.status(), after.status());
        compare(changes, "publishedAt", Formats.jst(before.publishedAt()), Formats.jst(after.publishedAt()));
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before == null ? "" : before, after == null ? "" : after)) {
            changes.add(new FieldChange(field, before == null ? "" : before, after == null ? "" : after));
        }
    }

    /** A revision number from the address; anything else is a revision that does not exist. */
    private static int revisionNumber(String value) {
        if (value == null || !value.matches("\\d{1,9}")) {
            throw new NotFoundException();
        }
        return Integer.parseInt(value);
    }
}
