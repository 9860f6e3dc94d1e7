package shop.dozo.storefront.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.storefront.i18n.AccountMsg;
import shop.dozo.storefront.i18n.Messages;
import shop.dozo.storefront.i18n.Msg;
import shop.dozo.storefront.layout.PageContext;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Sign-up (a mailed link verifies the e-mail), sign-in and sign-out, and password reset. cart-service owns the
 * accounts and checks everything; these pages send what was typed and explain its answer. Mailed links open a
 * page with a button (a POST): a mail scanner that follows links changes nothing.
 */
@Path("/account")
public class AccountPages {
    private static final Logger LOG = Logger.getLogger(AccountPages.class);
    private static final String TOKEN = "[A-Za-z0-9_-]{20,100}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signup(AccountForm form, String notice);

        static native TemplateInstance login(AccountForm form, String next, String notice);

        static native TemplateInstance reset(AccountForm form, String notice);

        static native TemplateInstance resetConfirm(String token, String error, String notice);

        static native TemplateInstance link(String title, String lead, String action, String token, String button);

        static native TemplateInstance done(String title, String lead, boolean error, String href, String linkText);
    }

    @Inject
    Accounts accounts;

    @Inject
    PageContext page;

    @Inject
    Messages messages;

    @Inject
    RoutingContext routing;

    @GET
    @Path("/signup")
    @Produces(MediaType.TEXT_HTML)
    public Response signupForm() {
        return html(200, Templates.signup(AccountForm.blank(), null));
    }

    @POST
    @Path("/signup")
    @Produces(MediaType.TEXT_HTML)
    public Response signup(@RestForm String email, @RestForm String password, @RestForm String fullName,
            @RestForm String fullNameKana) {
        Msg msg = msg();
        AccountForm form = AccountForm.of(email, fullName, fullNameKana);
        try {
            accounts.signUp(form.email(), password == null ? "" : password, form.fullName(), form.fullNameKana(),
                    page.lang().code());
            // The same page whether or not the address already had an account: nothing is revealed here.
            return html(200, Templates.done(acc().signup_sent_title(), acc().signup_sent_lead(form.email()), false,
                    "/account/login", msg.nav_login()));
        } catch (UpstreamProblem e) {
            if (!e.problem().fieldErrors().isEmpty()) {
                return html(400, Templates.signup(form.withErrors(e.problem(), msg), msg.form_has_errors()));
            }
            return unavailable(e, Templates.signup(form, acc().account_unavailable()));
        } catch (RuntimeException e) {
            return unavailable(e, Templates.signup(form, acc().account_unavailable()));
        }
    }

    /** The link in the verification mail: a page with the button that verifies. */
    @GET
    @Path("/verify")
    @Produces(MediaType.TEXT_HTML)
    public Response verifyPage(@QueryParam("token") String token) {
        Msg msg = msg();
        if (!wellFormed(token)) {
            return html(400, Templates.done(acc().link_invalid_title(), acc().verify_invalid(), true, "/account/signup",
                    acc().signup_title()));
        }
        return html(200, Templates.link(acc().verify_title(), acc().verify_lead(), "/account/verify", token,
                acc().verify_button()));
    }

    @POST
    @Path("/verify")
    @Produces(MediaType.TEXT_HTML)
    public Response verify(@RestForm String token) {
        Msg msg = msg();
        if (!wellFormed(token)) {
            return html(400, Templates.done(acc().link_invalid_title(), acc().verify_invalid(), true, "/account/signup",
                    acc().signup_title()));
        }
        try {
            accounts.verify(token);
            return html(200, Templates.done(acc().verified_title(), acc().verified_lead(), false, "/account/login",
                    msg.nav_login()));
        } catch (UpstreamProblem e) {
            if (Accounts.is(e, Accounts.LINK_EXPIRED)) {
                return html(400, Templates.done(acc().link_expired_title(), acc().verify_expired(), true,
                        "/account/signup", acc().signup_title()));
            }
            if (e.status() == 400 || e.isNotFound()) {
                return html(400, Templates.done(acc().link_invalid_title(), acc().verify_invalid(), true,
                        "/account/signup", acc().signup_title()));
            }
            return unavailable(e, Templates.done(msg.error_title(), acc().account_unavailable(), true, null, null));
        } catch (RuntimeException e) {
            return unavailable(e, Templates.done(msg.error_title(), acc().account_unavailable(), true, null, null));
        }
    }

    @GET
    @Path("/login")
    @Produces(MediaType.TEXT_HTML)
    public Response loginForm(@QueryParam("next") String next) {
        return html(200, Templates.login(AccountForm.blank(), safeNext(next), null));
    }

    @POST
    @Path("/login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@RestForm String email, @RestForm String password, @RestForm String next) {
        Msg msg = msg();
        AccountForm form = AccountForm.of(email, "", "");
        String target = safeNext(next);
        if (form.email().isEmpty() || password == null || password.isEmpty()) {
            return html(400, Templates.login(form, target, acc().login_missing()));
        }
        try {
            CustomerSession session = accounts.signIn(form.email(), password);
            SessionCookie.remember(routing, session.sessionToken());
            return Redirects.seeOther(target).header("Cache-Control", "no-store").build();
        } catch (UpstreamProblem e) {
            if (e.status() == 429) {
                return Response.fromResponse(html(429, Templates.login(form, target, acc().login_throttled())))
                        .header(HttpHeaders.RETRY_AFTER, retryAfter(e)).build();
            }
            if (Accounts.is(e, Accounts.UNVERIFIED)) {
                return html(403, Templates.login(form, target, acc().login_unverified()));
            }
            if (e.status() == 401 || e.status() == 400) {
                return html(401, Templates.login(form, target, acc().login_wrong()));
            }
            return unavailable(e, Templates.login(form, target, acc().account_unavailable()));
        } catch (RuntimeException e) {
            return unavailable(e, Templates.login(form, target, acc().account_unavailable()));
        }
    }

    /** Ends the session at cart-service too, so a copied cookie is worthless; the cookie goes either way. */
    @POST
    @Path("/logout")
    public Response logout() {
        SessionCookie.token(routing).ifPresent(token -> {
            try {
                accounts.signOut(token);
            } catch (RuntimeException e) {
                LOG.warnf("Sign-out not confirmed by cart-service: %s", e.toString());
            }
        });
        SessionCookie.forget(routing);
        return Redirects.seeOther("/?signedOut=1").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/password-reset")
    @Produces(MediaType.TEXT_HTML)
    public Response resetForm() {
        return html(200, Templates.reset(AccountForm.blank(), null));
    }

    @POST
    @Path("/password-reset")
    @Produces(MediaType.TEXT_HTML)
    public Response requestReset(@RestForm String email) {
        Msg msg = msg();
        AccountForm form = AccountForm.of(email, "", "");
        try {
            accounts.requestReset(form.email(), page.lang().code());
            return html(200, Templates.done(acc().reset_sent_title(), acc().reset_sent_lead(form.email()), false,
                    "/account/login", msg.nav_login()));
        } catch (UpstreamProblem e) {
            if (!e.problem().fieldErrors().isEmpty()) {
                return html(400, Templates.reset(form.withErrors(e.problem(), msg), msg.form_has_errors()));
            }
            return unavailable(e, Templates.reset(form, acc().account_unavailable()));
        } catch (RuntimeException e) {
            return unavailable(e, Templates.reset(form, acc().account_unavailable()));
        }
    }

    /** The link in the reset mail: the new-password form. */
    @GET
    @Path("/password-reset/confirm")
    @Produces(MediaType.TEXT_HTML)
    public Response resetConfirmForm(@QueryParam("token") String token) {
        Msg msg = msg();
        if (!wellFormed(token)) {
            return html(400, Templates.done(acc().link_invalid_title(), acc().reset_invalid(), true,
                    "/account/password-reset", acc().reset_title()));
        }
        return html(200, Templates.resetConfirm(token, null, null));
    }

    @POST
    @Path("/password-reset/confirm")
    @Produces(MediaType.TEXT_HTML)
    public Response resetConfirm(@RestForm String token, @RestForm String password) {
        Msg msg = msg();
        if (!wellFormed(token)) {
            return html(400, Templates.done(acc().link_invalid_title(), acc().reset_invalid(), true,
                    "/account/password-reset", acc().reset_title()));
        }
        try {
            accounts.confirmReset(token, password == null ? "" : password);
            SessionCookie.forget(routing); // every session ended with the old password
            return html(200, Templates.done(acc().reset_done_title(), acc().reset_done_lead(), false, "/account/login",
                    msg.nav_login()));
        } catch (UpstreamProblem e) {
            if (Accounts.is(e, Accounts.LINK_EXPIRED)) {
                return html(400, Templates.done(acc().link_expired_title(), acc().reset_expired(), true,
                        "/account/password-reset", acc().reset_title()));
            }
            if (Accounts.is(e, Accounts.LINK_INVALID) || e.isNotFound()) {
                return html(400, Templates.done(acc().link_invalid_title(), acc().reset_invalid(), true,
                        "/account/password-reset", acc().reset_title()));
            }
            if (e.problem().hasErrorOn("password")) {
                return html(400, Templates.resetConfirm(token, msg.error_password(), msg.form_has_errors()));
            }
            return unavailable(e, Templates.resetConfirm(token, null, acc().account_unavailable()));
        } catch (RuntimeException e) {
            return unavailable(e, Templates.resetConfirm(token, null, acc().account_unavailable()));
        }
    }

    /** After 退会 (post/redirect/get): the account is gone, the orders stay in the shop's ledger. */
    @GET
    @Path("/deleted")
    @Produces(MediaType.TEXT_HTML)
    public Response deleted() {
        Msg msg = msg();
        return html(200, Templates.done(acc().deleted_title(), acc().deleted_lead(), false, "/", msg.back_home()));
    }

    /** Where to go after signing in: only the shop's own checkout or My Page, never a link from outside. */
    static String safeNext(String next) {
        return "/checkout".equals(next) ? "/checkout" : "/mypage";
    }

    private static boolean wellFormed(String token) {
        return token != null && token.matches(TOKEN);
    }

    private static String retryAfter(UpstreamProblem e) {
        return e.retryAfter() != null && e.retryAfter().matches("[0-9]{1,6}") ? e.retryAfter() : "600";
    }

    private Response unavailable(RuntimeException e, TemplateInstance template) {
        LOG.warnf("Account call failed: %s", e.toString());
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
