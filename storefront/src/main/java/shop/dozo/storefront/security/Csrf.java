package shop.dozo.storefront.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Pattern;
import shop.dozo.web.security.Cookies;

/**
 * Signed double-submit CSRF protection without server state. The browser holds a random nonce in an HttpOnly,
 * SameSite cookie; every form carries HMAC(nonce) in {@value #FIELD}. Another site can make the browser send
 * the cookie but can neither read it nor compute its signature, and a cookie planted from a sibling domain is
 * useless without our key. Templates read the token as {@code {inject:csrf.token}}.
 */
@Named("csrf")
@RequestScoped
public class Csrf {
    public static final String FIELD = "_csrf";
    public static final String COOKIE = "dozo_csrf";
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{43}");
    /**
     * Routing-context key: while set (by the page cache, to a random string), {@link #token()} writes that string
     * instead of this browser's token and sets no cookie, so the rendered bytes can be shared; the cache splices
     * each browser's own token in when it serves them.
     */
    public static final String PLACEHOLDER = "dozo.csrf.placeholder";

    @Inject
    Signer signer;

    @Inject
    RoutingContext routing;

    private String nonce;

    /** The token for this page's forms; sets the cookie on the first page a shopper sees. */
    public String token() {
        String placeholder = routing.get(PLACEHOLDER);
        if (placeholder != null) {
            return placeholder;
        }
        if (nonce == null) {
            nonce = nonceOrNew(routing);
        }
        return signer.sign(nonce);
    }

    /**
     * The token of this browser, setting the nonce cookie when it has none. For the page cache, which serves on the
     * event loop without a request scope; call it once per response (a second call would set a second nonce).
     */
    public static String tokenFor(RoutingContext routing, Signer signer) {
        return signer.sign(nonceOrNew(routing));
    }

    private static String nonceOrNew(RoutingContext routing) {
        String nonce = nonceOf(routing);
        if (nonce == null) {
            nonce = Signer.randomToken();
            Cookies.setForSession(routing, COOKIE, nonce);
        }
        return nonce;
    }

    public boolean accepts(String formToken) {
        String cookie = currentNonce();
        return cookie != null && signer.verify(cookie, formToken);
    }

    private String currentNonce() {
        return nonceOf(routing);
    }

    private static String nonceOf(RoutingContext routing) {
        String cookie = Cookies.get(routing, COOKIE);
        return cookie != null && NONCE.matcher(cookie).matches() ? cookie : null;
    }
}
