package shop.dozo.storefront.account;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.regex.Pattern;
import shop.dozo.web.security.Cookies;

/**
 * The signed-in customer's session token (cart-service's, only its hash is stored there) in an HttpOnly,
 * SameSite=Lax cookie, Secure over https: no script can read it, another site's form post does not carry it.
 * The storefront keeps no session of its own: it passes the token to cart-service as X-Dozo-Customer-Session.
 */
public final class SessionCookie {
    public static final String NAME = "dozo_session";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,128}");
    private static final long THIRTY_DAYS = 30L * 24 * 3600;

    private SessionCookie() {
    }

    /** The token, if the cookie holds something shaped like one (anything else is ignored, never sent on). */
    public static Optional<String> token(RoutingContext routing) {
        String value = Cookies.get(routing, NAME);
        return value != null && TOKEN.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    public static void remember(RoutingContext routing, String token) {
        Cookies.set(routing, NAME, token, THIRTY_DAYS);
    }

    public static void forget(RoutingContext routing) {
        Cookies.clear(routing, NAME);
    }
}
