package shop.dozo.backoffice.content;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import shop.dozo.backoffice.upstream.DocumentsClient;
import shop.dozo.backoffice.web.Formats;

/**
 * The page or news editor's fields exactly as typed, so a refused or stale save shows them again unchanged.
 * {@code publishedAt} is what a datetime-local field sends ("2026-12-24T09:00"), read as Japan's time; whether that
 * date is allowed is content-service's rule.
 */
public record DocumentForm(String slug, String title, String titleEn, String body, String publishedAt, String note,
        String revision) {
    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public static DocumentForm empty() {
        return new DocumentForm("", "", "", "", "", "", "");
    }

    public static DocumentForm of(DocumentsClient.Document document) {
        String publishedAt = document.publishedAt() == null ? ""
                : LOCAL_MINUTES.format(document.publishedAt().atZone(Formats.JAPAN));
        return new DocumentForm(document.slug(), document.title(), nz(document.titleEn()), nz(document.body()),
                publishedAt, "", Integer.toString(document.revision()));
    }

    public static DocumentForm read(MultivaluedMap<String, String> form) {
        return new DocumentForm(field(form, "slug"), field(form, "title"), field(form, "titleEn"),
                field(form, "body"), field(form, "publishedAt"), field(form, "note"), field(form, "revision"));
    }

    public DocumentForm withSlug(String newSlug) {
        return new DocumentForm(newSlug, title, titleEn, body, publishedAt, note, revision);
    }

    public DocumentForm withRevision(int newRevision) {
        return new DocumentForm(slug, title, titleEn, body, publishedAt, note, Integer.toString(newRevision));
    }

    /** A field the browser filled that does not read as a date and time. */
    public boolean publishedAtUnreadable() {
        return !publishedAt.isBlank() && publishedAtValue() == null;
    }

    public boolean revisionUnreadable() {
        return !revision.matches("\\d{1,9}");
    }

    /** What content-service gets. A new one starts as a draft; an edit leaves the status as it is. */
    public DocumentsClient.DocumentRequest toRequest(boolean creating, boolean scheduled) {
        return new DocumentsClient.DocumentRequest(creating ? slug.strip() : null, title, titleEn, body,
                creating ? "draft" : null, scheduled ? publishedAtValue() : null, note.isBlank() ? null : note,
                creating ? null : Integer.valueOf(revision));
    }

    private OffsetDateTime publishedAtValue() {
        if (publishedAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(publishedAt.strip()).atZone(Formats.JAPAN).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
