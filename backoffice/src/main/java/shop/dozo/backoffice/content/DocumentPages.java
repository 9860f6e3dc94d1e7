package shop.dozo.backoffice.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.backoffice.session.BackofficeConfig;
import shop.dozo.backoffice.upstream.DocumentsClient;
import shop.dozo.backoffice.upstream.DocumentsClient.Document;
import shop.dozo.backoffice.web.FormErrors;
import shop.dozo.backoffice.web.Language;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * The list and Markdown editor of pages (/pages) and news posts (/news), with the preview content-service renders.
 * Every rule (slug format, lengths, no script, the publish date's range, a stale revision) is content-service's;
 * this screen keeps what was typed and says what it answered. The revision history is {@link RevisionPages}.
 */
public abstract class DocumentPages {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(DocumentKind kind, List<Listed> documents);

        static native TemplateInstance editor(DocumentKind kind, DocumentForm form, boolean creating, Listed saved,
                FormErrors errors, DocumentConflict conflict, DocumentsClient.Preview preview, String notice,
                String shopUrl);
    }

    /** A document as the list and the editor's status line show it; scheduled: published, but not yet public. */
    public record Listed(Document document, boolean scheduled) {
        static Listed of(Document document) {
            return new Listed(document, "published".equals(document.status()) && document.publishedAt() != null
                    && document.publishedAt().isAfter(Instant.now()));
        }
    }

    @Inject
    @RestClient
    DocumentsClient documents;

    @Inject
    Language lang;

    @Inject
    Texts texts;

    @Inject
    BackofficeConfig config;

    protected abstract DocumentKind kind();

    @GET
    public TemplateInstance list() {
        return Templates.list(kind(), documents.all(kind().api()).stream().map(Listed::of).toList());
    }

    @GET
    @Path("/new")
    public TemplateInstance create() {
        return editor(DocumentForm.empty(), true, null, FormErrors.NONE, null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        DocumentForm typed = DocumentForm.read(form);
        if (form.containsKey("preview")) {
            return preview(typed, true, null);
        }
        if (typed.publishedAtUnreadable()) {
            return refused(400, typed, true, null, dateError());
        }
        try {
            Document created = documents.create(kind().api(), typed.toRequest(true, kind().scheduled()));
            return Redirects.seeOther(kind().path() + "/" + created.slug() + "?notice=created").build();
        } catch (UpstreamProblem refused) {
            if (refused.status() == 409) {
                // The slug is taken: the one answer of a create that belongs to a field.
                return refused(409, typed, true, null, FormErrors.field("slug", texts.m().doc_slug_taken()));
            }
            if (refused.status() == 400 || refused.status() == 422) {
                return refused(refused.status(), typed, true, null, errors(refused));
            }
            throw refused;
        }
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance edit(@PathParam("slug") String slug, @QueryParam("notice") String notice) {
        Document document = documents.one(kind().api(), slug);
        return editor(DocumentForm.of(document), false, document, FormErrors.NONE, null, null, notice);
    }

    @POST
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        DocumentForm typed = DocumentForm.read(form).withSlug(slug);
        Document saved = documents.one(kind().api(), slug);
        if (form.containsKey("preview")) {
            return preview(typed, false, saved);
        }
        if (typed.revisionUnreadable()) {
            return refused(400, typed, false, saved, FormErrors.general(texts.m().doc_open_again()));
        }
        if (typed.publishedAtUnreadable()) {
            return refused(400, typed, false, saved, dateError());
        }
        try {
            documents.update(kind().api(), slug, typed.toRequest(false, kind().scheduled()));
            return Redirects.seeOther(kind().path() + "/" + slug + "?notice=saved").build();
        } catch (UpstreamProblem refused) {
            if (refused.status() == 409 && refused.problem().current() != null) {
                Document current = JSON.convertValue(refused.problem().current(), Document.class);
                // The form keeps what they typed; saving it again now knowingly replaces the newer revision.
                return Response.status(409).entity(editor(typed.withRevision(current.revision()), false, current,
                        FormErrors.NONE, DocumentConflict.between(typed, current), null, null)).build();
            }
            if (refused.status() == 400 || refused.status() == 409 || refused.status() == 422) {
                return refused(refused.status(), typed, false, saved, errors(refused));
            }
            throw refused;
        }
    }

    @POST
    @Path("/{slug}/publish")
    public Response publish(@PathParam("slug") String slug) {
        documents.publish(kind().api(), slug);
        return Redirects.seeOther(kind().path() + "/" + slug + "?notice=published").build();
    }

    @POST
    @Path("/{slug}/archive")
    public Response archive(@PathParam("slug") String slug) {
        documents.archive(kind().api(), slug);
        return Redirects.seeOther(kind().path() + "/" + slug + "?notice=archived").build();
    }

    /** The text as it would be shown, from content-service's own renderer; nothing is saved. */
    private Response preview(DocumentForm typed, boolean creating, Document saved) {
        try {
            DocumentsClient.Preview preview = documents.preview(new DocumentsClient.PreviewRequest(typed.body()));
            return Response.ok(editor(typed, creating, saved, FormErrors.NONE, null, preview, null)).build();
        } catch (UpstreamProblem refused) {
            if (refused.status() != 400 && refused.status() != 422) {
                throw refused;
            }
            return refused(refused.status(), typed, creating, saved, errors(refused));
        }
    }

    private TemplateInstance editor(DocumentForm form, boolean creating, Document saved, FormErrors errors,
            DocumentConflict conflict, DocumentsClient.Preview preview, String notice) {
        return Templates.editor(kind(), form, creating, saved == null ? null : Listed.of(saved), errors, conflict,
                preview, notice, config.storefrontUrl());
    }

    private Response refused(int status, DocumentForm typed, boolean creating, Document saved, FormErrors errors) {
        return Response.status(status).entity(editor(typed, creating, saved, errors, null, null, null)).build();
    }

    private FormErrors dateError() {
        return FormErrors.field("publishedAt", texts.m().doc_date_unreadable());
    }

    private FormErrors errors(UpstreamProblem refused) {
        return FormErrors.of(refused.problem(), lang.isEnglish(), Map.of("markdown", "body"));
    }
}
