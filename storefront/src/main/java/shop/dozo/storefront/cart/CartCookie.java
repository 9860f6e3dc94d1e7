package shop.dozo.storefront.cart;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.regex.Pattern;
import shop.dozo.web.security.Cookies;

/**
 * The cart token lives in an HttpOnly cookie (whoever holds the token holds the cart, so no script may read it).
 * A value that is not even shaped like a token was tampered with or damaged: it is refused without asking
 * cart-service, and the page says the cart was lost.
 */
public final class CartCookie {
    public static final String NAME = "dozo_cart";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final long THIRTY_DAYS = 30L * 24 * 3600;

    private CartCookie() {
    }

    /** The state of the shopper's cart cookie. */
    public enum State {
        NONE, PRESENT, DAMAGED
    }

    public static State state(RoutingContext routing) {
        String value = Cookies.get(routing, NAME);
        if (value == null || value.isEmpty()) {
            return State.NONE;
        }
        return TOKEN.matcher(value).matches() ? State.PRESENT : State.DAMAGED;
    }

    public static Optional<String> token(RoutingContext routing) {
        return state(routing) == State.PRESENT ? Optional.of(Cookies.get(routing, NAME)) : Optional.empty();
    }

    public static void remember(RoutingContext routing, String token) {
        Cookies.set(routing, NAME, token, THIRTY_DAYS);
    }

    public static void forget(RoutingContext routing) {
        Cookies.clear(routing, NAME);
    }
}
