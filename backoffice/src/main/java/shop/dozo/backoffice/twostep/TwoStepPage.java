package shop.dozo.backoffice.twostep;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.backoffice.upstream.TwoStepClient;
import shop.dozo.backoffice.web.FormErrors;
import shop.dozo.backoffice.web.Language;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Your two-step sign-in: set it up with an authenticator app (a QR code, or the key typed by hand), confirmed by
 * its first code; or turn it off with a current code. content-service keeps the secret and checks every code.
 */
@Path("/me/two-step")
@Produces(MediaType.TEXT_HTML)
public class TwoStepPage {

    /** A secret being set up: shown as a QR code and as text; the service holds the real one. */
    public record Setup(String uri, String secret, String qrSvg) {
    }

    /** The app link as content-service made it; posted back only to show the same QR code after a wrong code. */
    private static final Pattern APP_LINK =
            Pattern.compile("otpauth://totp/[^?\\s]+\\?secret=([A-Z2-7]{16,64})&[^\\s]*");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance twoStep(TwoStepClient.Me me, Setup setup, FormErrors errors, String notice);
    }

    @Inject
    @RestClient
    TwoStepClient accounts;

    @Inject
    Language lang;

    @GET
    public TemplateInstance page(@QueryParam("notice") String notice) {
        return Templates.twoStep(accounts.me(), null, FormErrors.NONE, "on".equals(notice) || "off".equals(notice)
                ? notice : null);
    }

    @POST
    @Path("/start")
    public Response start() {
        TwoStepClient.Me me = accounts.me();
        if (me.totpEnabled()) {
            return Redirects.seeOther("/me/two-step").build();
        }
        TwoStepClient.Enrolment enrolment = accounts.start();
        return Response.ok(Templates.twoStep(me, setup(enrolment.otpauthUri()), FormErrors.NONE, null))
                .build();
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@RestForm("code") String code, @RestForm("uri") String shownUri) {
        try {
            accounts.confirm(new TwoStepClient.Code(code == null ? "" : code.strip()));
        } catch (UpstreamProblem refused) {
            if (refused.status() == 409) { // nothing is being set up (another tab finished it): start again
                return Redirects.seeOther("/me/two-step").build();
            }
            return refusedCode(refused, shownUri);
        }
        return Redirects.seeOther("/me/two-step?notice=on").build();
    }

    @POST
    @Path("/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@RestForm("code") String code) {
        try {
            accounts.disable(new TwoStepClient.Code(code == null ? "" : code.strip()));
        } catch (UpstreamProblem refused) {
            return refusedCode(refused, null);
        }
        return Redirects.seeOther("/me/two-step?notice=off").build();
    }

    private Response refusedCode(UpstreamProblem refused, String shownUri) {
        if (refused.status() != 400 && refused.status() != 429) {
            throw refused;
        }
        TwoStepClient.Me me = accounts.me();
        Setup setup = shownUri != null && !me.totpEnabled() && APP_LINK.matcher(shownUri).matches()
                ? setup(shownUri) : null;
        FormErrors errors = refused.status() == 429
                ? FormErrors.general(lang.isEnglish() ? "Too many wrong codes. Wait a few minutes and try again."
                        : "確認コードの誤りが多すぎます。数分待ってからもう一度お試しください。")
                : FormErrors.field("code", lang.isEnglish() ? "This is not the current code of your app."
                        : "認証アプリに今表示されているコードではありません。");
        return Response.status(refused.status()).entity(Templates.twoStep(me, setup, errors, null)).build();
    }

    private Setup setup(String uri) {
        Matcher link = APP_LINK.matcher(uri);
        String secret = link.matches() ? link.group(1) : "";
        return new Setup(uri, secret.replaceAll("(.{4})(?!$)", "$1 "), QrCode.svg(uri,
                lang.isEnglish() ? "QR code for your authenticator app" : "認証アプリ用のQRコード"));
    }
}
