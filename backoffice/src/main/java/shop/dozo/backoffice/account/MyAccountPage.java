package shop.dozo.backoffice.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.backoffice.session.CurrentStaff;
import shop.dozo.backoffice.session.SessionCookie;
import shop.dozo.backoffice.session.StaffSession;
import shop.dozo.backoffice.upstream.AccountsClient;
import shop.dozo.backoffice.upstream.AuthClient;
import shop.dozo.backoffice.web.FormErrors;
import shop.dozo.backoffice.web.Language;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Everyone's own account: who they are signed in as, and changing their password. content-service checks the
 * current password and the new one; the old tokens stop working, so the session takes a new one at once.
 */
@Path("/me")
@Produces(MediaType.TEXT_HTML)
public class MyAccountPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(String email, boolean owner, FormErrors errors, boolean changed);
    }

    @Inject
    @RestClient
    AccountsClient accounts;

    @Inject
    @RestClient
    AuthClient auth;

    @Inject
    CurrentStaff staff;

    @Inject
    SessionCookie cookie;

    @Inject
    RoutingContext routing;

    @Inject
    Language lang;

    @GET
    public TemplateInstance page(@QueryParam("notice") String notice) {
        return Templates.me(staff.email(), staff.isOwner(), FormErrors.NONE, notice != null);
    }

    /** Passwords are never sent back to the page: a refused form asks for them again. */
    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(@RestForm("currentPassword") String currentPassword,
            @RestForm("newPassword") String newPassword, @RestForm("newPasswordAgain") String again) {
        String wanted = newPassword == null ? "" : newPassword;
        if (!wanted.equals(again == null ? "" : again)) {
            // A typing mistake in a hidden field, not a rule of the shop: the two entries must agree.
            return refused(400, FormErrors.field("newPasswordAgain", lang.isEnglish()
                    ? "The two new passwords differ. Type the same one twice." : "新しいパスワードが一致しません。同じものを2回入力してください。"));
        }
        try {
            accounts.changePassword(new AccountsClient.PasswordChange(currentPassword == null ? "" : currentPassword,
                    wanted));
        } catch (UpstreamProblem refused) {
            if (refused.status() == 429) {
                return refused(429, FormErrors.general(lang.isEnglish()
                        ? "Too many attempts. Wait a few minutes and try again."
                        : "試行回数が多すぎます。数分待ってからもう一度お試しください。"));
            }
            if (refused.status() != 400 && refused.status() != 422) {
                throw refused;
            }
            return refused(refused.status(), FormErrors.of(refused.problem(), lang.isEnglish(), Map.of()));
        }
        return keepSignedIn(wanted);
    }

    /** Tokens issued before the change no longer count: sign in again behind the scenes with the new password. */
    private Response keepSignedIn(String newPassword) {
        StaffSession session = staff.session().orElseThrow();
        try {
            AuthClient.Token token = auth.token(new AuthClient.Credentials(session.email(), newPassword, null));
            cookie.write(routing, session.withToken(token.accessToken(), Instant.now().plusSeconds(token.expiresIn())));
            return Redirects.seeOther("/me?notice=changed").build();
        } catch (UpstreamProblem needsCode) {
            // An account with a second step (TOTP) signs in again by hand.
            cookie.clear(routing);
            return Redirects.seeOther("/signin?next=%2Fme").build();
        }
    }

    private Response refused(int status, FormErrors errors) {
        return Response.status(status).entity(Templates.me(staff.email(), staff.isOwner(), errors, false)).build();
    }
}
