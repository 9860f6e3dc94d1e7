package shop.dozo.web.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * Every cookie the shop sets: HttpOnly (no script reads it), SameSite=Lax (another site's form post does not
 * carry it), Secure whenever the shopper came over https (directly or, with proxy forwarding on, via the Ingress).
 */
public final class Cookies {
    private Cookies() {
    }

    public static void set(RoutingContext routing, String name, String value, long maxAgeSeconds) {
        Cookie cookie = Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                .setSecure(isHttps(routing)).setMaxAge(maxAgeSeconds);
        routing.response().addCookie(cookie);
    }

    /** A session cookie: gone when the browser closes. */
    public static void setForSession(RoutingContext routing, String name, String value) {
        Cookie cookie = Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                .setSecure(isHttps(routing));
        routing.response().addCookie(cookie);
    }

    public static void clear(RoutingContext routing, String name) {
        set(routing, name, "", 0);
    }

    public static String get(RoutingContext routing, String name) {
        Cookie cookie = routing.request().getCookie(name);
        return cookie == null ? null : cookie.getValue();
    }

    public static boolean isHttps(RoutingContext routing) {
        return routing.request().isSSL() || "https".equals(routing.request().scheme());
    }
}
