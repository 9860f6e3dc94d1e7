package shop.dozo.content.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * One saved state of a document: who, when, what, and the full content. Written once, never changed or deleted
 * (the concrete entities are {@code @Immutable}); a restore writes a new revision.
 */
@MappedSuperclass
public abstract class DocumentRevision extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public int revision;

    @Enumerated(EnumType.STRING)
    public RevisionAction action;

    public Integer restoredFrom;

    public String note = "";

    public String title;

    public String titleEn = "";

    public String body;

    @Enumerated(EnumType.STRING)
    public DocumentStatus status;

    public Instant publishedAt;

    public String author;

    public Instant createdAt;

    /** Copies the document's current content into this revision. */
    public void snapshot(Document document) {
        revision = document.revision;
        title = document.title;
        titleEn = document.titleEn;
        body = document.body;
        status = document.status;
        publishedAt = document.publishedAt;
        author = document.updatedBy;
        createdAt = document.updatedAt;
    }
}
