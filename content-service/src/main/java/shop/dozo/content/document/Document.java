package shop.dozo.content.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;

/**
 * The current state of a page or news post. {@code revision} is the number of its latest revision; every change
 * goes through {@link DocumentEditor}, which also writes that revision.
 */
@MappedSuperclass
public abstract class Document extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String title;

    public String titleEn = "";

    /** Markdown, exactly as staff wrote it. HTML is rendered when read, so the sanitizer policy always applies. */
    public String body;

    @Enumerated(EnumType.STRING)
    public DocumentStatus status;

    public Instant publishedAt;

    public int revision;

    @CreationTimestamp
    public Instant createdAt;

    public Instant updatedAt;

    public String updatedBy;

    /** Public when published and its publish date has come (news can be scheduled). */
    public boolean isPublicAt(Instant now) {
        return status == DocumentStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }
}
