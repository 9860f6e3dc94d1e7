package shop.dozo.cart.mail;

import shop.dozo.cart.order.CustomerOrder;

/** The language an order's mails are written in. */
public final class MailLocale {
    private MailLocale() {
    }

    /**
     * Japanese until the order records the shopper's language (the checkout's {@code lang}, stored with the order
     * by the checkout rules' migration); then {@code "en".equals(order.lang) ? "en" : "ja"}. One place to change.
     */
    public static String of(CustomerOrder order) {
        return "ja";
    }
}
