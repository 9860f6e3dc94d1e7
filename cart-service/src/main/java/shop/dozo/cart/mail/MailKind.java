package shop.dozo.cart.mail;

import java.util.Locale;

/** Every mail the shop sends; each has a Qute template pair (text and HTML, Japanese and English). */
public enum MailKind {
    ORDER_RECEIVED, PAYMENT_RECEIVED, SHIPPED, CANCELLED, ACCOUNT_VERIFICATION, PASSWORD_RESET,
    NEWSLETTER_CONFIRMATION, CONTACT;

    /** The event key's prefix and the template's name: {@code order-received}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
