package shop.dozo.storefront.cache;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.regex.Pattern;
import shop.dozo.storefront.account.SessionCookie;
import shop.dozo.storefront.i18n.Lang;
import shop.dozo.storefront.i18n.LanguageFilter;

/**
 * Which requests may be answered from the page cache, and under which key. Only anonymous GET/HEAD of the home,
 * product and category pages, with no query parameter but the page's own (a notice such as ?review=, ?cart=,
 * ?left= or ?signedOut= is never cached), and never with a session cookie (the header then says My Page). Paths
 * that would be a 404 (a malformed SKU or slug) are not cacheable either: the resource answers them.
 */
final class PageKey {
    private static final Pattern PRODUCT = Pattern.compile("/product/[A-Za-z0-9._-]{1,64}");
    private static final Pattern CATEGORY = Pattern.compile("/category/[a-z0-9-]{1,100}");
    private static final Set<String> HOME_PARAMS = Set.of(Lang.PARAM);
    private static final Set<String> PRODUCT_PARAMS = Set.of(Lang.PARAM, "reviews");
    private static final Set<String> CATEGORY_PARAMS = Set.of(Lang.PARAM, "sort", "page");

    private PageKey() {
    }

    /**
     * The key (language, path, query as sent) or null when this request must not be served or stored. The raw
     * query is part of the key because the page's language link repeats it; equal raw requests render equal pages.
     */
    static String of(RoutingContext routing) {
        HttpServerRequest request = routing.request();
        HttpMethod method = request.method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return null;
        }
        if (request.getCookie(SessionCookie.NAME) != null) {
            return null;
        }
        String path = request.path();
        Set<String> allowed;
        if ("/".equals(path)) {
            allowed = HOME_PARAMS;
        } else if (PRODUCT.matcher(path).matches()) {
            allowed = PRODUCT_PARAMS;
        } else if (CATEGORY.matcher(path).matches()) {
            allowed = CATEGORY_PARAMS;
        } else {
            return null;
        }
        var params = routing.queryParams();
        for (String name : params.names()) {
            if (!allowed.contains(name) || params.getAll(name).size() > 1) {
                return null;
            }
        }
        String asked = params.get(Lang.PARAM);
        if (asked != null && Lang.parse(asked).isEmpty()) {
            return null;
        }
        String query = request.query();
        Lang lang = LanguageFilter.of(routing);
        return lang.code() + ' ' + path + (query == null ? "" : "?" + query);
    }
}
