package shop.dozo.storefront.contact;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.api.Problem;
import shop.dozo.storefront.i18n.AccountMsg;
import shop.dozo.storefront.i18n.Messages;
import shop.dozo.storefront.i18n.Msg;
import shop.dozo.storefront.layout.PageContext;
import shop.dozo.storefront.security.Signer;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * The contact form: cart-service mails it to the shop with Reply-To the shopper. The key made with the form makes a
 * double click or a retry one message.
 */
@Path("/contact")
public class ContactPage {
    private static final Logger LOG = Logger.getLogger(ContactPage.class);

    /** As typed, with the field errors in the page's language. */
    public record ContactForm(String name, String email, String subject, String message, String key,
            Map<String, String> errors) {
        public String error(String field) {
            return errors.get(field);
        }

        public boolean hasErrors() {
            return !errors.isEmpty();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contact(ContactForm form, String notice);

        static native TemplateInstance sent();
    }

    @RestClient
    MailClient client;

    @Inject
    PageContext page;

    @Inject
    Messages messages;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form() {
        return html(200, Templates.contact(new ContactForm("", "", "", "", Signer.randomToken(), Map.of()), null));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response send(@RestForm String name, @RestForm String email, @RestForm String subject,
            @RestForm String message, @RestForm String key) {
        Msg msg = messages.of(page.lang());
        String k = key != null && key.matches("[A-Za-z0-9_-]{8,100}") ? key : Signer.randomToken();
        ContactForm form = new ContactForm(strip(name), strip(email), strip(subject), strip(message), k, Map.of());
        try {
            client.contact(k, Map.of("name", form.name(), "email", form.email(), "subject", form.subject(),
                    "message", form.message(), "lang", page.lang().code()));
            return html(200, Templates.sent());
        } catch (UpstreamProblem e) {
            if (e.status() == 429) {
                return Response.fromResponse(html(429, Templates.contact(form, acc().contact_throttled())))
                        .header(HttpHeaders.RETRY_AFTER, "600").build();
            }
            if (!e.problem().fieldErrors().isEmpty()) {
                return html(400, Templates.contact(withErrors(form, e.problem(), msg), msg.form_has_errors()));
            }
            LOG.warnf("Contact refused: %s", e.toString());
            return html(503, Templates.contact(form, acc().contact_unavailable()));
        } catch (RuntimeException e) {
            LOG.warnf("Contact failed: %s", e.toString());
            return html(503, Templates.contact(form, acc().contact_unavailable()));
        }
    }

    private ContactForm withErrors(ContactForm form, Problem problem, Msg msg) {
        Map<String, String> found = new LinkedHashMap<>();
        for (Problem.FieldError error : problem.fieldErrors()) {
            String field = error.field() == null ? "" : error.field();
            switch (field) {
                case "email" -> found.put(field, msg.error_email());
                case "subject" -> found.put(field, acc().error_contact_subject());
                case "message" -> found.put(field, acc().error_contact_message());
                default -> found.put("name", problem.isTextNotAllowed() ? msg.error_text_not_allowed()
                        : msg.error_full_name());
            }
        }
        return new ContactForm(form.name(), form.email(), form.subject(), form.message(), form.key(), found);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private AccountMsg acc() {
        return messages.account(page.lang());
    }

    private Response html(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(page.localized(template)).build();
    }
}
