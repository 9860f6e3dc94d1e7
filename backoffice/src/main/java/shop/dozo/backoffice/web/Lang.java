package shop.dozo.backoffice.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import shop.dozo.web.security.Cookies;

/**
 * Japanese unless the person chose English ({@code ?lang=en}, remembered in a cookie). The choice becomes the
 * request's Accept-Language, which quarkus-rest-qute turns into the templates' locale; the browser's own
 * Accept-Language is not followed, so a shop's staff all see the same screens unless one asks otherwise.
 */
public class Lang {
    static final String COOKIE = "dozo_bo_lang";

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 10, preMatching = true)
    public void choose(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        String asked = routing.request().getParam("lang");
        String lang;
        if ("en".equals(asked) || "ja".equals(asked)) {
            Cookies.set(routing, COOKIE, asked, 365L * 24 * 3600);
            lang = asked;
        } else {
            lang = "en".equals(Cookies.get(routing, COOKIE)) ? "en" : "ja";
        }
        request.getHeaders().putSingle("Accept-Language", lang);
        routing.put(Language.KEY, lang);
    }
}
