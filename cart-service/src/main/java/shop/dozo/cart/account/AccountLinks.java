package shop.dozo.cart.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import shop.dozo.cart.mail.MailKind;
import shop.dozo.cart.mail.Outbox;

/**
 * The links mailed for verification and password reset. The raw token exists only in the queued mail's data
 * (which the sender clears once sent); the table keeps its SHA-256, the purpose and the expiry. Callers hold the
 * account's row lock, so two requests for one address do not both mail.
 */
@ApplicationScoped
public class AccountLinks {
    enum Purpose {
        VERIFY(MailKind.ACCOUNT_VERIFICATION), RESET(MailKind.PASSWORD_RESET);

        final MailKind mail;

        Purpose(MailKind mail) {
            this.mail = mail;
        }
    }

    /** A link as found: whose, and whether it is spent or too old. */
    record Found(String email, boolean used, boolean expired) {
    }

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    AccountConfig config;

    /**
     * Replaces the address's earlier links of this purpose (only the newest one works, so a link mailed before
     * someone signed up again with another password cannot verify that password) and queues the mail with the
     * new token as {@code data.token}. Past {@code links-per-hour} nothing is sent, and the caller answers the same.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void send(String email, Purpose purpose, String lang, Duration validFor) {
        Number recent = (Number) em.createNativeQuery("SELECT COUNT(*) FROM account_token WHERE email = ?1 "
                + "AND purpose = ?2 AND created_at > NOW(6) - INTERVAL 1 HOUR")
                .setParameter(1, email).setParameter(2, purpose.name()).getSingleResult();
        if (recent.intValue() >= config.linksPerHour()) {
            return;
        }
        em.createNativeQuery("UPDATE account_token SET expires_at = LEAST(expires_at, NOW(6)) WHERE email = ?1 "
                + "AND purpose = ?2 AND used_at IS NULL").setParameter(1, email).setParameter(2, purpose.name())
                .executeUpdate();
        String token = SecretTokens.mint();
        String hash = SecretTokens.hash(token);
        em.createNativeQuery("INSERT INTO account_token (token_hash, email, purpose, expires_at) "
                + "VALUES (?1, ?2, ?3, NOW(6) + INTERVAL ?4 SECOND)").setParameter(1, hash).setParameter(2, email)
                .setParameter(3, purpose.name()).setParameter(4, validFor.toSeconds()).executeUpdate();
        // The event key names this one link: a new request is a new mail, a retry of the queueing is not.
        outbox.enqueue(purpose.mail.slug() + ":" + hash, purpose.mail, email, lang, null, Map.of("token", token));
    }

    /** The link's row, locked for the caller's transaction; empty for a token that names nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<Found> find(String token, Purpose purpose) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT email, used_at IS NOT NULL, expires_at <= NOW(6) "
                + "FROM account_token WHERE token_hash = ?1 AND purpose = ?2 FOR UPDATE")
                .setParameter(1, SecretTokens.hash(token)).setParameter(2, purpose.name()).getResultList();
        return rows.stream().findFirst().map(row -> new Found((String) row[0], truthy(row[1]), truthy(row[2])));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void markUsed(String token) {
        em.createNativeQuery("UPDATE account_token SET used_at = NOW(6) WHERE token_hash = ?1 AND used_at IS NULL")
                .setParameter(1, SecretTokens.hash(token)).executeUpdate();
    }

    private static boolean truthy(Object value) {
        return value instanceof Number number ? number.intValue() != 0 : Boolean.TRUE.equals(value);
    }
}
