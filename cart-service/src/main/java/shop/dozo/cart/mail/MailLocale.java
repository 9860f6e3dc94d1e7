package shop.dozo.cart.mail;

import shop.dozo.cart.order.CustomerOrder;

/** The language an order's mails are written in: the one the shopper checked out in. */
public final class MailLocale {
    private MailLocale() {
    }

    public static String of(CustomerOrder order) {
        return "en".equals(order.lang) ? "en" : "ja";
    }
}
