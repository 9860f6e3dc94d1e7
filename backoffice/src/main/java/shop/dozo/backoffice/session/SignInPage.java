package shop.dozo.backoffice.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.backoffice.upstream.AuthClient;
import shop.dozo.backoffice.web.Language;
import shop.dozo.backoffice.web.ResumeForm;
import shop.dozo.web.security.Hmac;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.security.SafePaths;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Signing in with the staff account content-service keeps: email and password, then the TOTP code when the account
 * has one. The token goes into the sealed session cookie, never into the page. A half-done sign-in (password right,
 * code still to come) travels sealed in the form, so the password is not asked twice and never shown.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInPage {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** How long the code step waits for the code after the password was right. */
    private static final long PENDING_SECONDS = 300;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(SignInForm form, String message, boolean expired, boolean askCode,
                String pending, ResumeForm kept);

        static native TemplateInstance resume(String action, ResumeForm kept, boolean hadFile);
    }

    /** What the person typed, given back on the page (never the password). */
    public record SignInForm(String email, String next) {
    }

    @Inject
    @RestClient
    AuthClient auth;

    @Inject
    SessionCookie cookie;

    @Inject
    CurrentStaff staff;

    @Inject
    Sealer sealer;

    @Inject
    Language lang;

    @Inject
    RoutingContext routing;

    @GET
    @Path("signin")
    public Object page(@QueryParam("next") String next, @QueryParam("expired") String expired) {
        if (staff.isSignedIn()) {
            return Redirects.seeOther(safeNext(next)).build();
        }
        return Templates.signIn(new SignInForm("", safeNext(next)), null, expired != null, false, null,
                ResumeForm.EMPTY);
    }

    @POST
    @Path("signin")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(MultivaluedMap<String, String> form) {
        String email = trim(form.getFirst("email"));
        String next = safeNext(form.getFirst("next"));
        ResumeForm kept = ResumeForm.fromSignIn(form);
        Optional<Pending> pending = Pending.open(sealer, form.getFirst("pending"));
        String password = pending.map(Pending::password).orElse(form.getFirst("password"));
        if (pending.isPresent()) {
            email = pending.get().email();
        }
        String code = trim(form.getFirst("code"));
        if (email.isEmpty() || password == null || password.isEmpty()) {
            return page(400, email, next, message("blank"), false, null, kept);
        }
        AuthClient.Token token;
        try {
            token = auth.token(new AuthClient.Credentials(email, password, code.isEmpty() ? null : code));
        } catch (UpstreamProblem refused) {
            return refused(refused, email, password, next, code, pending.isPresent(), kept);
        }
        StaffSession session = sessionFor(token, email);
        staff.set(session);
        cookie.write(routing, session);
        if (!kept.isEmpty() && !next.equals("/")) {
            return Response.ok(Templates.resume(next, kept, false), MediaType.TEXT_HTML_TYPE).build();
        }
        return Redirects.seeOther(next).build();
    }

    @POST
    @Path("signout")
    public Response signOut() {
        cookie.clear(routing);
        return Redirects.seeOther("/signin").build();
    }

    private Response refused(UpstreamProblem refused, String email, String password, String next, String code,
            boolean codeStep, ResumeForm kept) {
        String type = refused.problem().type() == null ? "" : refused.problem().type();
        if (refused.status() == 401 && type.endsWith("totp-required")) {
            return page(200, email, next, null, true, new Pending(email, password).seal(sealer), kept);
        }
        if (refused.status() == 429) {
            return page(429, email, next, message("throttled"), codeStep, null, kept);
        }
        if (refused.status() == 401 && codeStep) {
            // A wrong code: the password was right, so the person stays on the code step.
            return page(401, email, next, message("code"), true, new Pending(email, password).seal(sealer), kept);
        }
        if (refused.status() == 400 || refused.status() == 401) {
            return page(401, email, next, message("wrong"), false, null, kept);
        }
        throw refused;
    }

    private Response page(int status, String email, String next, String message, boolean askCode, String pending,
            ResumeForm kept) {
        return Response.status(status)
                .entity(Templates.signIn(new SignInForm(email, next), message, false, askCode, pending, kept))
                .type("text/html;charset=UTF-8").build();
    }

    private String message(String which) {
        boolean en = lang.isEnglish();
        return switch (which) {
            case "blank" -> en ? "Enter your email and password." : "メールアドレスとパスワードを入力してください。";
            case "throttled" -> en ? "Too many attempts. Wait a few minutes and try again."
                    : "試行回数が多すぎます。数分待ってからもう一度お試しください。";
            case "code" -> en ? "The code is wrong or expired. Enter the current 6-digit code."
                    : "確認コードが違うか、期限切れです。今表示されている6桁のコードを入力してください。";
            default -> en ? "The email or the password is wrong." : "メールアドレスかパスワードが違います。";
        };
    }

    /** Roles and expiry from the token content-service just gave us; every service verifies its signature. */
    static StaffSession sessionFor(AuthClient.Token token, String email) {
        Set<String> roles = new HashSet<>();
        try {
            String[] parts = token.accessToken().split("\\.");
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            claims.path("groups").forEach(group -> roles.add(group.asText()));
            if (claims.hasNonNull("upn")) {
                email = claims.get("upn").asText();
            }
        } catch (java.io.IOException | RuntimeException unreadable) {
            throw new IllegalStateException("content-service answered a token that is not a JWT", unreadable);
        }
        Instant now = Instant.now();
        return new StaffSession(Hmac.randomToken(), email, Set.copyOf(roles), token.accessToken(),
                now.plusSeconds(token.expiresIn()), now);
    }

    static String safeNext(String next) {
        if (next == null || !SafePaths.isOwnPath(next) || next.startsWith("/signin")) {
            return "/";
        }
        return next;
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    /** The password step passed; the code step holds it sealed, for a few minutes. */
    record Pending(String email, String password, long until) {
        Pending(String email, String password) {
            this(email, password, Instant.now().getEpochSecond() + PENDING_SECONDS);
        }

        String seal(Sealer sealer) {
            try {
                return sealer.seal(JSON.writeValueAsBytes(this));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        static Optional<Pending> open(Sealer sealer, String sealed) {
            if (sealed == null || sealed.isEmpty()) {
                return Optional.empty();
            }
            return sealer.open(sealed).flatMap(json -> {
                try {
                    return Optional.of(JSON.readValue(new String(json, StandardCharsets.UTF_8), Pending.class));
                } catch (java.io.IOException e) {
                    return Optional.empty();
                }
            }).filter(p -> p.until() > Instant.now().getEpochSecond());
        }
    }
}
