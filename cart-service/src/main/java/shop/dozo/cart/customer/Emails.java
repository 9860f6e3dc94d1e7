package shop.dozo.cart.customer;

import java.util.Locale;

/** One spelling per address, so an account, a lookup and a purchase check all agree. */
public final class Emails {
    private Emails() {
    }

    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
