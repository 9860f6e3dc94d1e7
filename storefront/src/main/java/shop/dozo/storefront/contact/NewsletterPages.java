package shop.dozo.storefront.contact;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.storefront.i18n.AccountMsg;
import shop.dozo.storefront.i18n.Messages;
import shop.dozo.storefront.i18n.Msg;
import shop.dozo.storefront.layout.PageContext;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Newsletter sign-up with double opt-in (特定電子メール法): the form sends the exact wording shown beside it; the
 * mailed link opens a page whose button confirms (a mail scanner following links subscribes no one), and the
 * unsubscribe link in every newsletter does the same for leaving.
 */
@Path("/newsletter")
public class NewsletterPages {
    private static final Logger LOG = Logger.getLogger(NewsletterPages.class);
    private static final String TOKEN = "[A-Za-z0-9_-]{20,100}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signup(String email, String error, String notice);

        static native TemplateInstance link(String title, String lead, String action, String token, String button);

        static native TemplateInstance done(String title, String lead, boolean error);
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
        return html(200, Templates.signup("", null, null));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response subscribe(@RestForm String email) {
        Msg msg = msg();
        String typed = email == null ? "" : email.strip();
        try {
            client.subscribe(Map.of("email", typed, "wording", msg.newsletter_optin(), "lang", page.lang().code()));
            return html(200, Templates.done(acc().newsletter_sent_title(), acc().newsletter_sent_lead(typed), false));
        } catch (UpstreamProblem e) {
            if (!e.problem().fieldErrors().isEmpty()) {
                return html(400, Templates.signup(typed, msg.error_email(), msg.form_has_errors()));
            }
            return unavailable(e, Templates.signup(typed, null, acc().newsletter_unavailable()));
        } catch (RuntimeException e) {
            return unavailable(e, Templates.signup(typed, null, acc().newsletter_unavailable()));
        }
    }

    @GET
    @Path("/confirm")
    @Produces(MediaType.TEXT_HTML)
    public Response confirmPage(@QueryParam("token") String token) {
        return linkPage(token, acc().newsletter_confirm_title(), acc().newsletter_confirm_lead(),
                "/newsletter/confirm", acc().newsletter_confirm_button());
    }

    @POST
    @Path("/confirm")
    @Produces(MediaType.TEXT_HTML)
    public Response confirm(@RestForm String token) {
        return followLink(token, client::confirm, acc().newsletter_confirmed_title(),
                acc().newsletter_confirmed_lead());
    }

    @GET
    @Path("/unsubscribe")
    @Produces(MediaType.TEXT_HTML)
    public Response unsubscribePage(@QueryParam("token") String token) {
        return linkPage(token, acc().newsletter_unsubscribe_title(), acc().newsletter_unsubscribe_lead(),
                "/newsletter/unsubscribe", acc().newsletter_unsubscribe_button());
    }

    @POST
    @Path("/unsubscribe")
    @Produces(MediaType.TEXT_HTML)
    public Response unsubscribe(@RestForm String token) {
        return followLink(token, client::unsubscribe, acc().newsletter_unsubscribed_title(),
                acc().newsletter_unsubscribed_lead());
    }

    /** A mailed link opens a page whose button does the work, so a mail scanner following links changes nothing. */
    private Response linkPage(String token, String title, String lead, String action, String button) {
        return wellFormed(token) ? html(200, Templates.link(title, lead, action, token, button)) : invalid();
    }

    /** The button of a mailed link: cart-service's 4xx is a link that no longer counts, anything else a retry. */
    private Response followLink(String token, Consumer<Map<String, String>> call, String doneTitle,
            String doneLead) {
        if (!wellFormed(token)) {
            return invalid();
        }
        Msg msg = msg();
        try {
            call.accept(Map.of("token", token));
            return html(200, Templates.done(doneTitle, doneLead, false));
        } catch (UpstreamProblem e) {
            return e.status() < 500 && e.status() != 429 ? invalid()
                    : unavailable(e, Templates.done(msg.error_title(), acc().newsletter_unavailable(), true));
        } catch (RuntimeException e) {
            return unavailable(e, Templates.done(msg.error_title(), acc().newsletter_unavailable(), true));
        }
    }

    private Response invalid() {
        return html(400, Templates.done(acc().link_invalid_title(), acc().newsletter_link_invalid(), true));
    }

    private static boolean wellFormed(String token) {
        return token != null && token.matches(TOKEN);
    }

    private Response unavailable(RuntimeException e, TemplateInstance template) {
        LOG.warnf("Newsletter call failed: %s", e.toString());
        return html(503, template);
    }

    private Msg msg() {
        return messages.of(page.lang());
    }

    private AccountMsg acc() {
        return messages.account(page.lang());
    }

    private Response html(int status, TemplateInstance template) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex")
                .entity(page.localized(template)).build();
    }
}
