package shop.dozo.web.security;

import io.vertx.ext.web.RoutingContext;
import java.util.regex.Pattern;

/**
 * What a link may point at. A link on the page is built from the normalised path, never the raw request line, and
 * never starts with {@code //} or {@code /\} (both mean "another host" to a browser). Browsers also drop tabs and
 * newlines inside an address and read {@code \} as {@code /}, so none of those may appear at all.
 */
public final class SafePaths {
    private static final Pattern LEADING_SLASHES = Pattern.compile("^[/\\\\]+");
    /** One of our paths: "/" and then anything but a second slash or a backslash; no space, control or backslash. */
    private static final Pattern OWN_PATH = Pattern.compile("/(?![/\\\\])[^\\\\\\s\\p{Cntrl}]*");
    /** An address elsewhere: http(s), a host, then an optional path; no space, control or backslash. */
    private static final Pattern WEB_ADDRESS =
            Pattern.compile("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][^\\\\\\s\\p{Cntrl}]*)?");

    private SafePaths() {
    }

    /** This request's path as the router understood it ({@code /search} for {@code //evil.example/%2e%2e/search}). */
    public static String current(RoutingContext routing) {
        String path = routing.normalizedPath();
        if (path == null || path.isEmpty()) {
            return "/";
        }
        String single = LEADING_SLASHES.matcher(path).replaceFirst("/");
        return isOwnPath(single) ? single : "/";
    }

    public static boolean isOwnPath(String href) {
        return href != null && OWN_PATH.matcher(href).matches();
    }

    /** A link staff may put in the menu: one of our paths or a plain http(s) address; never javascript: etc. */
    public static boolean isSafeHref(String href) {
        return href != null && (isOwnPath(href) || WEB_ADDRESS.matcher(href).matches());
    }
}
