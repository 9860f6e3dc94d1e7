package shop.dozo.web.security;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Whether a form post came from a page of this shop, as the browser tells it: {@code Origin}, else
 * {@code Referer}. Browsers send Origin on every cross-site form post, and a page cannot forge it, so a post whose
 * Origin names another site (or {@code null}: a sandboxed frame, a data: page) is refused even with a valid token.
 * Neither header (an old browser, a privacy proxy) leaves the decision to the CSRF token alone.
 *
 * <p>"This shop" is the host the browser addressed: the {@code Host} header, which the Ingress passes on unchanged
 * (or X-Forwarded-Host when Quarkus is told to trust it). The scheme is not compared: behind a TLS-terminating
 * Ingress the request arrives as http while the browser says https. A forged Host only fools this check for a
 * request the attacker sends himself, which carries none of the shopper's cookies.
 */
public final class SameOrigin {
    private SameOrigin() {
    }

    public static boolean allows(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return matches(origin, request);
        }
        String referer = request.getHeader("Referer");
        return referer == null || matches(referer, request);
    }

    private static boolean matches(String address, HttpServerRequest request) {
        URI uri;
        try {
            uri = new URI(address.trim());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                || uri.getRawUserInfo() != null) {
            return false;
        }
        String host = request.authority() == null ? null : request.authority().host();
        if (host == null || !host.equalsIgnoreCase(uri.getHost())) {
            return false;
        }
        int ownPort = request.authority().port();
        int port = uri.getPort();
        if (ownPort < 0) {
            // The browser addressed a default port: the Origin names none, or the default of its own scheme.
            return port < 0 || port == (scheme.equals("https") ? 443 : 80);
        }
        return port == ownPort || port < 0 && ownPort == (scheme.equals("https") ? 443 : 80);
    }
}
