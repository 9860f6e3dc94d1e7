package shop.dozo.cart.mail;

import io.quarkus.qute.TemplateExtension;

/** Formats the mail templates use: yen with thousands separators, as the shop shows prices everywhere. */
@TemplateExtension
public final class MailFormat {
    private MailFormat() {
    }

    /** {@code {order.total.yen}} → {@code 12,345} (the template adds 円 or ¥). */
    static String yen(Integer amount) {
        return String.format(java.util.Locale.ROOT, "%,d", amount);
    }
}
