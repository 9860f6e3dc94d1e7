package shop.dozo.storefront.order;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import shop.dozo.storefront.security.Cookies;
import shop.dozo.storefront.security.Signer;

/**
 * Remembers the order just placed for the thank-you page (post/redirect/get): its number and email in a signed,
 * HttpOnly session cookie. Signed, so it cannot be edited to show someone else's order.
 */
@ApplicationScoped
public class LastOrder {
    static final String COOKIE = "dozo_order";

    public record Key(String number, String email) {
    }

    @Inject
    Signer signer;

    public void remember(RoutingContext routing, Order order) {
        String value = Base64.getUrlEncoder().withoutPadding()
                .encodeToString((order.orderNumber() + "\n" + order.email()).getBytes(StandardCharsets.UTF_8));
        Cookies.setForSession(routing, COOKIE, value + "." + signer.sign(value));
    }

    public Optional<Key> recall(RoutingContext routing) {
        String cookie = Cookies.get(routing, COOKIE);
        if (cookie == null || cookie.indexOf('.') < 0) {
            return Optional.empty();
        }
        String value = cookie.substring(0, cookie.indexOf('.'));
        if (!signer.verify(value, cookie.substring(cookie.indexOf('.') + 1))) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\n", 2);
            return parts.length == 2 ? Optional.of(new Key(parts[0], parts[1])) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
