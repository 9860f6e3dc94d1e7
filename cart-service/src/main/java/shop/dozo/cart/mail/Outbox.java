package shop.dozo.cart.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Queues a mail inside the caller's transaction, so the change and its mail commit together or not at all. The
 * same event key twice queues one mail. Sending is the outbox job's work, never the caller's: a mail server that
 * is down delays mails and never fails the change.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /**
     * @param eventKey what happened, once: e.g. {@code order-received:<order id>} (at most 120 ASCII characters)
     * @param locale   {@code ja} or {@code en}
     * @param orderId  the order the mail is about, or null
     * @param data     the mail's own values that are not in the order (a link with its token, a message), or empty
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String eventKey, MailKind kind, String recipient, String locale, String orderId,
            Map<String, String> data) {
        em.createNativeQuery("INSERT IGNORE INTO mail_outbox (event_key, kind, recipient, locale, order_id, data) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, eventKey).setParameter(2, kind.name()).setParameter(3, recipient)
                .setParameter(4, "en".equals(locale) ? "en" : "ja").setParameter(5, orderId)
                .setParameter(6, data.isEmpty() ? null : write(data)).executeUpdate();
    }

    /** Whether this event was queued already (sent or not): a repeated request can answer without a second mail. */
    @Transactional
    public boolean isQueued(String eventKey) {
        return !em.createNativeQuery("SELECT 1 FROM mail_outbox WHERE event_key = ?1").setParameter(1, eventKey)
                .getResultList().isEmpty();
    }

    private String write(Map<String, String> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
