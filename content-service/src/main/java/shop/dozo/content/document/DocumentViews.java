package shop.dozo.content.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import shop.dozo.content.markdown.MarkdownRenderer;

/** The JSON shapes of pages and news posts. HTML is always rendered from the stored Markdown. */
@ApplicationScoped
public class DocumentViews {

    /** What staff edit: the Markdown, the rendered HTML, and the revision to send back with the next save. */
    public record StaffView(String slug, String title, String titleEn, String body, String html, DocumentStatus status,
            Instant publishedAt, int revision, Instant createdAt, Instant updatedAt, String updatedBy) {
    }

    /** What shoppers see. */
    public record PublicView(String slug, String title, String titleEn, String html, Instant publishedAt,
            Instant updatedAt) {
    }

    public record RevisionSummary(int revision, RevisionAction action, Integer restoredFrom, String note, String author,
            Instant createdAt, String title, DocumentStatus status) {
    }

    public record RevisionView(int revision, RevisionAction action, Integer restoredFrom, String note, String author,
            Instant createdAt, String title, String titleEn, String body, String html, DocumentStatus status,
            Instant publishedAt) {
    }

    @Inject
    MarkdownRenderer markdown;

    public StaffView staff(Document d) {
        return new StaffView(d.slug, d.title, d.titleEn, d.body, markdown.toHtml(d.body), d.status, d.publishedAt,
                d.revision, d.createdAt, d.updatedAt, d.updatedBy);
    }

    public PublicView published(Document d) {
        return new PublicView(d.slug, d.title, d.titleEn, markdown.toHtml(d.body), d.publishedAt, d.updatedAt);
    }

    public RevisionSummary summary(DocumentRevision r) {
        return new RevisionSummary(r.revision, r.action, r.restoredFrom, r.note, r.author, r.createdAt, r.title,
                r.status);
    }

    public RevisionView full(DocumentRevision r) {
        return new RevisionView(r.revision, r.action, r.restoredFrom, r.note, r.author, r.createdAt, r.title, r.titleEn,
                r.body, markdown.toHtml(r.body), r.status, r.publishedAt);
    }
}
