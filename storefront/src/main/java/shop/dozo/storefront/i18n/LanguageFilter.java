package shop.dozo.storefront.i18n;

import io.vertx.ext.web.RoutingContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import shop.dozo.web.security.Cookies;

/**
 * {@code ?lang=en} on any page switches the language and remembers it in a cookie, so the choice sticks while
 * the shopper moves around (and works without JavaScript).
 */
public class LanguageFilter {

    @ServerRequestFilter
    public void remember(RoutingContext routing) {
        String asked = routing.request().getParam(Lang.PARAM);
        Lang.parse(asked).ifPresent(lang -> Cookies.set(routing, Lang.COOKIE, lang.code(), 365L * 24 * 3600));
    }

    /** The language of this request: the link just clicked, else the remembered choice, else Japanese. */
    public static Lang of(RoutingContext routing) {
        return Lang.parse(routing.request().getParam(Lang.PARAM))
                .or(() -> Lang.parse(Cookies.get(routing, Lang.COOKIE)))
                .orElse(Lang.JA);
    }
}
