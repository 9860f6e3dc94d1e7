package shop.dozo.backoffice.session;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Pattern;
import shop.dozo.web.security.Cookies;
import shop.dozo.web.security.Hmac;

/**
 * CSRF tokens without server state: a signed-in form carries HMAC(session id), which only this app can compute
 * and only for the session in the (encrypted) cookie; the sign-in form, before there is a session, HMAC of a random
 * nonce in its own cookie, so another site cannot sign someone in to an account of its choosing. Templates read
 * {@code {inject:csrf.token}}.
 */
@Named("csrf")
@RequestScoped
public class Csrf {
    public static final String FIELD = "_csrf";
    static final String SIGN_IN_COOKIE = "dozo_signin";
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Inject
    SessionKeys keys;

    @Inject
    CurrentStaff staff;

    @Inject
    RoutingContext routing;

    public String token() {
        if (staff.isSignedIn()) {
            return keys.csrf().sign("session:" + staff.session().orElseThrow().id());
        }
        String nonce = signInNonce();
        if (nonce == null) {
            nonce = Hmac.randomToken();
            Cookies.setForSession(routing, SIGN_IN_COOKIE, nonce);
        }
        return keys.csrf().sign("signin:" + nonce);
    }

    /** Whether a form's token belongs to the session that sent it (or, before sign-in, to this browser's nonce). */
    boolean accepts(String formToken) {
        if (staff.isSignedIn()) {
            return keys.csrf().verify("session:" + staff.session().orElseThrow().id(), formToken);
        }
        String nonce = signInNonce();
        return nonce != null && keys.csrf().verify("signin:" + nonce, formToken);
    }

    private String signInNonce() {
        String cookie = Cookies.get(routing, SIGN_IN_COOKIE);
        return cookie != null && NONCE.matcher(cookie).matches() ? cookie : null;
    }
}
