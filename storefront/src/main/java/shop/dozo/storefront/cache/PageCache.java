package shop.dozo.storefront.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import shop.dozo.storefront.i18n.Lang;
import shop.dozo.storefront.security.Csrf;
import shop.dozo.storefront.security.Signer;
import shop.dozo.web.security.Cookies;

/**
 * The rendered-page cache of the anonymous home, product and category pages ({@link PageKey} says which requests).
 * A hit is answered on the Vert.x event loop by a route that runs before RESTEasy, with no worker hop, no request
 * scope and no upstream call; a miss goes on to the resource, whose {@link #respond} renders and stores the bytes.
 * Entries live {@link PageCacheConfig#ttl()} and are bounded in count and bytes (Caffeine, a weight per entry).
 *
 * <p>Why a placeholder for the CSRF token: the product page's forms carry HMAC(this browser's nonce cookie). Bytes
 * rendered for one browser would hand its token to the next (a token that browser's cookie does not match, so its
 * forms fail, and one shopper's secret shown to another). So pages are rendered with a random per-process
 * placeholder instead (no nonce is made or set while rendering) and every response, hit or miss, splices in the
 * requesting browser's own token, setting the nonce cookie when it has none, exactly as {@link Csrf#token()} does.
 * The ETag hashes the spliced token too, so it differs per browser, and such pages are {@code private}.
 *
 * <p>Hand-written rather than quarkus-cache's {@code @CacheResult}: that runs inside the resource, after the worker
 * dispatch that is most of the cost, and it cannot splice per-browser bytes or answer 304.
 */
@ApplicationScoped
public class PageCache {
    static final String KEY = "dozo.page-cache.key";
    private static final String HTML = "text/html;charset=UTF-8";

    private final String placeholder = "dozo-csrf-" + Signer.randomToken();

    @Inject
    PageCacheConfig config;

    @Inject
    Signer signer;

    @Inject
    RoutingContext routing;

    private Cache<String, CachedPage> pages;

    void install(@Observes Router router) {
        long maxBytes = config.maxBytes();
        // Each page weighs at least maxBytes/maxEntries: both the count and the bytes stay within their bound.
        int minWeight = (int) Math.max(1, maxBytes / Math.max(1, config.maxEntries()));
        pages = Caffeine.newBuilder().expireAfterWrite(config.ttl()).maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> Math.max(minWeight, page.size() + key.length()))
                .build();
        // A plain route (default order): after Quarkus's filters (security headers), before RESTEasy's routes.
        router.route().handler(this::serveHit);
    }

    private void serveHit(RoutingContext context) {
        String key;
        try {
            key = config.enabled() ? PageKey.of(context) : null;
        } catch (RuntimeException e) {
            // A query Vert.x cannot decode: not ours to judge here, the resource answers it (a 4xx page).
            key = null;
        }
        if (key == null) {
            context.next();
            return;
        }
        CachedPage page = pages.getIfPresent(key);
        if (page == null) {
            context.put(KEY, key);
            context.next();
            return;
        }
        // ?lang= also remembers the choice, as LanguageFilter does for a rendered page.
        String asked = context.request().getParam(Lang.PARAM);
        Lang.parse(asked).ifPresent(lang -> Cookies.set(context, Lang.COOKIE, lang.code(), 365L * 24 * 3600));
        String token = page.hasToken() ? Csrf.tokenFor(context, signer) : null;
        String etag = page.etag(token);
        HttpServerResponse response = context.response();
        response.putHeader("ETag", etag).putHeader("Cache-Control", cacheControl(page, asked != null))
                .putHeader("Vary", "Cookie").putHeader("X-Dozo-Page-Cache", "hit");
        if (matches(context.request().getHeader("If-None-Match"), etag)) {
            response.setStatusCode(304).end();
            return;
        }
        byte[] bytes = page.bytes(token);
        response.putHeader("Content-Type", HTML);
        if (context.request().method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", Integer.toString(bytes.length)).end();
        } else {
            response.end(Buffer.buffer(bytes));
        }
    }

    /**
     * The resource's answer for a page: rendered with the token placeholder, stored when this request may be (see
     * {@link PageKey}; a signed-in shopper's or a notice page never is), then spliced with this browser's token.
     * Errors never get here: a resource that throws is answered by ErrorMappers (no-store) and nothing is stored.
     */
    public Response respond(TemplateInstance template) {
        String key = routing.get(KEY);
        String html;
        routing.put(Csrf.PLACEHOLDER, placeholder);
        try {
            html = template.render();
        } finally {
            routing.remove(Csrf.PLACEHOLDER);
        }
        CachedPage page = CachedPage.of(html, placeholder);
        if (key != null) {
            pages.put(key, page);
        }
        String token = page.hasToken() ? Csrf.tokenFor(routing, signer) : null;
        String etag = page.etag(token);
        String cacheControl = key == null ? "private, no-cache"
                : cacheControl(page, routing.request().getParam(Lang.PARAM) != null);
        Response.ResponseBuilder answer = matches(routing.request().getHeader("If-None-Match"), etag)
                ? Response.notModified()
                : Response.ok(page.bytes(token), HTML);
        return answer.header("ETag", etag).header("Cache-Control", cacheControl).header("Vary", "Cookie")
                .header("X-Dozo-Page-Cache", key == null ? "bypass" : "miss").build();
    }

    /** Entries now in the cache (approximate); for tests and metrics. */
    public long size() {
        return pages.estimatedSize();
    }

    /**
     * A page with a form carries this browser's token: only the browser may keep it, revalidating (304) each
     * time. A page without one is the same for every anonymous shopper with the same cookies (Vary: Cookie), so a
     * CDN may keep it as long as we do; an answer that sets the language cookie is private.
     */
    private String cacheControl(CachedPage page, boolean setsCookie) {
        if (page.hasToken() || setsCookie) {
            return "private, no-cache";
        }
        return "public, max-age=0, s-maxage=" + config.ttl().toSeconds();
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }
}
