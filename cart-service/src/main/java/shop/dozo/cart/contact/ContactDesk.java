package shop.dozo.cart.contact;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import shop.dozo.cart.customer.Emails;
import shop.dozo.cart.mail.MailKind;
import shop.dozo.cart.mail.Outbox;
import shop.dozo.cart.mail.ShopConfig;
import shop.dozo.support.AttemptLedger;
import shop.dozo.support.TooManyRequests;

/**
 * The contact form: the message goes to the shop's address as a mail (Reply-To the shopper) through the outbox.
 * The Idempotency-Key names the event, so a resent form queues no second mail; sends are counted per client
 * address in the database, so every replica sees the same count.
 */
@ApplicationScoped
public class ContactDesk {
    private static final AttemptLedger ATTEMPTS = new AttemptLedger("contact_attempt");

    public record Message(String name, String email, String subject, String message, String lang) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ContactConfig config;

    @Inject
    ShopConfig shop;

    @Inject
    Outbox outbox;

    @Inject
    ContactDesk self;

    public void send(String idempotencyKey, Message message, String client) {
        if (outbox.isQueued("contact:" + idempotencyKey)) {
            return; // the same form again: it was sent, and counts once
        }
        throttle(client);
        self.queue(idempotencyKey, message);
    }

    @Transactional
    void queue(String key, Message message) {
        outbox.enqueue("contact:" + key, MailKind.CONTACT, shop.contactEmail(), message.lang(), null,
                Map.of("name", message.name(), "email", Emails.normalise(message.email()), "subject",
                        message.subject(), "message", message.message()));
    }

    private void throttle(String client) {
        try (Connection db = dataSource.getConnection()) {
            String subject = AttemptLedger.subject("client", client);
            long id = ATTEMPTS.record(db, subject);
            AttemptLedger.Count recent = ATTEMPTS.count(db, subject, config.window());
            if (recent.attempts() > config.maxPerClient()) {
                ATTEMPTS.delete(db, java.util.List.of(id));
                long wait = Math.max(1,
                        (long) Math.ceil(config.window().toSeconds() - recent.secondsSinceOldest()));
                throw new TooManyRequests("Too many messages from here. Please try again later.",
                        Duration.ofSeconds(wait));
            }
            if (id % 64 == 0) {
                ATTEMPTS.forgetOlderThan(db, config.window());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Contact throttle failed: " + e.getMessage(), e);
        }
    }
}
