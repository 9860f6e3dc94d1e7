package shop.dozo.storefront.order;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import shop.dozo.storefront.security.Signer;
import shop.dozo.web.security.Cookies;

/**
 * Remembers the order just placed for the thank-you page (post/redirect/get): its secret link token in a signed,
 * HttpOnly session cookie. Neither the number nor the e-mail is in it.
 */
@ApplicationScoped
public class LastOrder {
    static final String COOKIE = "dozo_order";
    private static final String TOKEN = "[A-Za-z0-9_-]{43}";

    @Inject
    Signer signer;

    public void remember(RoutingContext routing, Order order) {
        if (order.lookupToken() != null && order.lookupToken().matches(TOKEN)) {
            Cookies.setForSession(routing, COOKIE, order.lookupToken() + "." + signer.sign(order.lookupToken()));
        }
    }

    /** The link token of the order just placed; an edited, old-style or missing cookie is none. */
    public Optional<String> recall(RoutingContext routing) {
        String cookie = Cookies.get(routing, COOKIE);
        if (cookie == null || cookie.indexOf('.') < 0) {
            return Optional.empty();
        }
        String token = cookie.substring(0, cookie.indexOf('.'));
        return token.matches(TOKEN) && signer.verify(token, cookie.substring(cookie.indexOf('.') + 1))
                ? Optional.of(token) : Optional.empty();
    }
}
