package shop.dozo.cart.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import shop.dozo.cart.order.CustomerOrder;

/**
 * Turns an outbox row into a mail: the kind's Qute templates ({@code mail/<kind>.<ja|en>.txt} and {@code .html})
 * filled with the order as it is now, the shop's settings and the row's own data; the subject from
 * {@link MailSubjects}; the Message-ID fixed by the event.
 */
@ApplicationScoped
public class MailComposer {
    private static final TypeReference<Map<String, String>> DATA = new TypeReference<>() {
    };

    @Inject
    Engine qute;

    @Inject
    ObjectMapper json;

    @Inject
    ShopSettings settings;

    @Inject
    MailConfig mailConfig;

    @Inject
    ShopConfig shop;

    @Inject
    BankTransferConfig payment;

    @Inject
    MailSubjects ja;

    @Inject
    @Localized("en")
    MailSubjects en;

    @Transactional
    public Mail compose(OutboxStore.Row row) {
        Map<String, String> data = data(row.data());
        ShopSettings.Values values = settings.current();
        String shopName = values.name(row.locale());
        OrderMail order = row.orderId() == null ? null
                : OrderMail.of(CustomerOrder.<CustomerOrder>findByIdOptional(row.orderId()).orElseThrow(
                        () -> new IllegalStateException("The mail's order " + row.orderId() + " is missing")),
                        row.locale(), payment, mailConfig, shop);
        Map<String, Object> model = Map.of("order", order == null ? Map.of() : order,
                "shop", Map.of("name", shopName, "url", shop.publicUrl(), "contactEmail", shop.contactEmail(),
                        "registrationNumber", values.registrationNumber() == null ? "" : values.registrationNumber()),
                "data", data, "link", link(row.kind(), row.locale(), data),
                "payment", Map.of("name", payment.bank().name(), "branch", payment.bank().branch(), "type",
                        payment.bank().type(), "number", payment.bank().number(), "holder", payment.bank().holder()));
        String name = "mail/" + row.kind().slug() + "." + row.locale();
        Mail mail = Mail.withText(row.recipient(), subject(row, shopName, order, data), render(name + ".txt", model))
                .setHtml(render(name + ".html", model))
                .addHeader("Message-ID", MessageIds.of(row.eventKey(), mailConfig.messageIdDomain()));
        if (row.kind() == MailKind.CONTACT && data.get("email") != null) {
            mail.setReplyTo(data.get("email")); // the shop answers the shopper, not itself
        }
        return mail;
    }

    private String render(String template, Map<String, Object> model) {
        TemplateInstance instance = qute.getTemplate(template).instance();
        model.forEach(instance::data);
        return instance.render();
    }

    private String subject(OutboxStore.Row row, String shopName, OrderMail order, Map<String, String> data) {
        MailSubjects subjects = "en".equals(row.locale()) ? en : ja;
        return switch (row.kind()) {
            case ORDER_RECEIVED -> subjects.orderReceived(shopName, order.number());
            case PAYMENT_RECEIVED -> subjects.paymentReceived(shopName, order.number());
            case SHIPPED -> subjects.shipped(shopName, order.number());
            case CANCELLED -> subjects.cancelled(shopName, order.number());
            case ACCOUNT_VERIFICATION -> subjects.accountVerification(shopName);
            case PASSWORD_RESET -> subjects.passwordReset(shopName);
            case NEWSLETTER_CONFIRMATION -> subjects.newsletterConfirmation(shopName);
            case CONTACT -> subjects.contact(shopName, data.getOrDefault("subject", ""));
        };
    }

    /** The storefront page a link mail points to, with its token; empty for other mails. */
    private String link(MailKind kind, String locale, Map<String, String> data) {
        String path = switch (kind) {
            case ACCOUNT_VERIFICATION -> "/account/verify";
            case PASSWORD_RESET -> "/account/password-reset/confirm";
            case NEWSLETTER_CONFIRMATION -> "/newsletter/confirm";
            default -> null;
        };
        if (path == null || data.get("token") == null) {
            return "";
        }
        return shop.publicUrl() + path + "?token=" + URLEncoder.encode(data.get("token"), StandardCharsets.UTF_8)
                + ("en".equals(locale) ? "&lang=en" : "");
    }

    private Map<String, String> data(String raw) {
        if (raw == null) {
            return Map.of();
        }
        try {
            return json.readValue(raw, DATA);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The outbox row's data is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
