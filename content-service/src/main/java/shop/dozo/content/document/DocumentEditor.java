package shop.dozo.content.document;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import shop.dozo.api.Problem;
import shop.dozo.content.document.DocumentViews.StaffView;
import shop.dozo.content.markdown.MarkdownRenderer;
import shop.dozo.support.ProblemException;

/**
 * Every change to a page or news post goes through here, and every change writes one new, immutable revision.
 * Edits name the revision they started from: the document row is locked ({@code SELECT ... FOR UPDATE}) and a
 * stale revision answers 409 with the current state, so a second editor merges instead of overwriting. The
 * unique (document, revision) key backs this up on a replicated database. Each change is one transaction and
 * answers the staff view built inside it.
 */
public abstract class DocumentEditor<D extends Document, R extends DocumentRevision> {
    /** What a MariaDB 11.4 TIMESTAMP column holds (it ends in January 2038). */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2038-01-01T00:00:00Z");

    @Inject
    DocumentViews views;

    @Inject
    EntityManager em;

    private final DocumentKind<D, R> kind;

    protected DocumentEditor(DocumentKind<D, R> kind) {
        this.kind = kind;
    }

    /**
     * What differs between pages and news posts: their name in messages, their entities, the revision's column that
     * points at its document, and the order staff list them in.
     */
    public record DocumentKind<D extends Document, R extends DocumentRevision>(String name, Class<D> documents,
            Class<R> revisions, String ownerColumn, String staffOrder, Supplier<D> newDocument,
            BiConsumer<R, Long> setOwner, Supplier<R> newRevision) {
    }

    /** Every one of this kind, drafts and archived ones too, in the order staff list them. */
    public List<D> all() {
        return em.createQuery("from " + entity(kind.documents()) + " order by " + kind.staffOrder(), kind.documents())
                .getResultList();
    }

    /** Oldest first. */
    public List<R> revisions(D document) {
        return em.createQuery("from " + entity(kind.revisions()) + " where " + kind.ownerColumn()
                + " = :owner order by revision", kind.revisions()).setParameter("owner", document.id).getResultList();
    }

    public D get(String slug) {
        return findBySlug(slug, LockModeType.NONE).orElseThrow(() -> notFound(slug));
    }

    @Transactional
    public StaffView create(DocumentRequest request, String author) {
        if (request.slug() == null) {
            throw ProblemException.badRequest("slug", "a new " + kind() + " needs a slug");
        }
        refuseScripts(request);
        Optional<D> existing = findBySlug(request.slug(), LockModeType.NONE);
        if (existing.isPresent()) {
            throw conflict("A " + kind() + " with the slug '" + request.slug() + "' exists already; edit it instead.",
                    existing.get());
        }
        D document = kind.newDocument().get();
        document.slug = request.slug();
        apply(document, request, DocumentStatus.DRAFT);
        return views.staff(save(document, RevisionAction.CREATED, null, request.note(), author));
    }

    @Transactional
    public StaffView update(String slug, DocumentRequest request, String author) {
        if (request.revision() == null) {
            throw ProblemException.badRequest("revision", "send the revision number you edited");
        }
        if (request.slug() != null && !request.slug().equals(slug)) {
            throw ProblemException.badRequest("slug", "a slug cannot change once created");
        }
        refuseScripts(request);
        D document = lock(slug);
        if (document.revision != request.revision()) {
            throw conflict(
                    "This " + kind() + " changed since revision " + request.revision() + ": it is now at revision "
                            + document.revision + ". Merge your edit into the current text and save again.",
                    document);
        }
        apply(document, request, document.status);
        return views.staff(save(document, RevisionAction.EDITED, null, request.note(), author));
    }

    /** Publishing or archiving an already published or archived document changes nothing and adds no revision. */
    @Transactional
    public StaffView changeStatus(String slug, DocumentStatus status, String author) {
        D document = lock(slug);
        if (document.status == status) {
            return views.staff(document);
        }
        document.status = status;
        publishNow(document);
        return views.staff(save(document, status == DocumentStatus.ARCHIVED ? RevisionAction.ARCHIVED
                : RevisionAction.PUBLISHED, null, null, author));
    }

    /** A restore copies an old revision's content into a new revision; the history itself never changes. */
    @Transactional
    public StaffView restore(String slug, int revision, String author) {
        D document = lock(slug);
        R old = revision(document, revision);
        document.title = old.title;
        document.titleEn = old.titleEn;
        document.body = old.body;
        document.status = old.status;
        document.publishedAt = old.publishedAt;
        return views.staff(save(document, RevisionAction.RESTORED, revision, null, author));
    }

    public R revision(D document, int revision) {
        return findRevision(document, revision).orElseThrow(() -> ProblemException.notFound(
                "The " + kind() + " '" + document.slug + "' has no revision " + revision + "; it has 1 to "
                        + document.revision + "."));
    }

    private Optional<D> findBySlug(String slug, LockModeType lock) {
        return em.createQuery("from " + entity(kind.documents()) + " where slug = :slug", kind.documents())
                .setParameter("slug", slug).setLockMode(lock).getResultStream().findFirst();
    }

    private Optional<R> findRevision(D document, int revision) {
        return em.createQuery("from " + entity(kind.revisions()) + " where " + kind.ownerColumn()
                + " = :owner and revision = :revision", kind.revisions()).setParameter("owner", document.id)
                .setParameter("revision", revision).getResultStream().findFirst();
    }

    private R newRevision(D document) {
        R revision = kind.newRevision().get();
        kind.setOwner().accept(revision, document.id);
        return revision;
    }

    private static String entity(Class<?> type) {
        return type.getSimpleName();
    }

    private String kind() {
        return kind.name();
    }

    private D lock(String slug) {
        return findBySlug(slug, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> notFound(slug));
    }

    private static void apply(Document document, DocumentRequest request, DocumentStatus defaultStatus) {
        document.title = request.title().strip();
        document.titleEn = request.titleEn() == null ? "" : request.titleEn().strip();
        document.body = request.body();
        document.status = request.status() == null ? defaultStatus : DocumentStatus.parse(request.status());
        if (request.publishedAt() != null) {
            Instant publishedAt = request.publishedAt().toInstant().truncatedTo(ChronoUnit.MICROS);
            if (publishedAt.isBefore(EARLIEST) || !publishedAt.isBefore(LATEST)) {
                throw ProblemException.badRequest("publishedAt", "must lie between 2000 and 2037");
            }
            document.publishedAt = publishedAt;
        }
        publishNow(document);
    }

    private static void publishNow(Document document) {
        if (document.status == DocumentStatus.PUBLISHED && document.publishedAt == null) {
            document.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
    }

    private D save(D document, RevisionAction action, Integer restoredFrom, String note, String author) {
        document.revision++;
        document.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        document.updatedBy = author;
        try {
            document.persistAndFlush();
        } catch (PersistenceException e) {
            if (!(e instanceof ConstraintViolationException)
                    && !(e.getCause() instanceof ConstraintViolationException)) {
                throw e;
            }
            // Another save of the same slug or revision won the race; ours is refused whole.
            throw ProblemException
                    .conflict("Someone saved this " + kind() + " at the same moment. Reload it and try again.");
        }
        R revision = newRevision(document);
        revision.snapshot(document);
        revision.action = action;
        revision.restoredFrom = restoredFrom;
        revision.note = note == null ? "" : note.strip();
        revision.persist();
        return document;
    }

    private void refuseScripts(DocumentRequest request) {
        if (MarkdownRenderer.containsScript(request.body())) {
            throw ProblemException.badRequest("body",
                    "<script> is not allowed in a " + kind() + "; write Markdown (other HTML is shown as plain text)");
        }
    }

    private ProblemException conflict(String detail, D current) {
        return new ProblemException(Problem.of(409, "Conflict", detail).withCurrent(views.staff(current)));
    }

    private ProblemException notFound(String slug) {
        return ProblemException.notFound("There is no " + kind() + " with the slug '" + slug + "'.");
    }
}
