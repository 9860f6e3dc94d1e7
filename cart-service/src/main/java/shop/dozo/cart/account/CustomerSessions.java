package shop.dozo.cart.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Customer sessions: a random token the storefront keeps in a cookie and sends as {@code X-Dozo-Customer-Session}.
 * Only its SHA-256 is stored. They are not JWTs and share nothing with staff tokens: a staff JWT is never a
 * session here (wrong shape, no row), and a session token is no Bearer token anywhere.
 */
@ApplicationScoped
public class CustomerSessions {

    public record Opened(String token, Instant expiresAt) {
    }

    @Inject
    EntityManager em;

    @Inject
    AccountConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    Opened open(String email) {
        // The customer's ended sessions go now, so the table holds only sessions that could still count.
        em.createNativeQuery("DELETE FROM customer_session WHERE email = ?1 AND expires_at <= NOW(6)")
                .setParameter(1, email).executeUpdate();
        String token = SecretTokens.mint();
        Instant expiresAt = Instant.now().plus(config.sessionValidFor());
        em.createNativeQuery("INSERT INTO customer_session (token_hash, email, expires_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, SecretTokens.hash(token)).setParameter(2, email).setParameter(3, expiresAt)
                .executeUpdate();
        return new Opened(token, expiresAt);
    }

    /** The verified account a session belongs to, while the session lasts. */
    @Transactional
    public Optional<String> customerOf(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> emails = em.createNativeQuery("SELECT s.email FROM customer_session s "
                + "JOIN customer_account a ON a.email = s.email "
                + "WHERE s.token_hash = ?1 AND s.expires_at > NOW(6) AND a.verified_at IS NOT NULL")
                .setParameter(1, SecretTokens.hash(token)).getResultList();
        return emails.stream().findFirst();
    }

    /** The session's customer, or 401: for every call that needs a signed-in customer. */
    public String require(String token) {
        return customerOf(token).orElseThrow(AccountProblems::sessionInvalid);
    }

    /** Signing out: the session is gone; signing out twice (a retry) is the same. */
    @Transactional
    public void end(String token) {
        if (SecretTokens.wellFormed(token)) {
            em.createNativeQuery("DELETE FROM customer_session WHERE token_hash = ?1")
                    .setParameter(1, SecretTokens.hash(token)).executeUpdate();
        }
    }

    /** After a password reset or 退会: every device is signed out. */
    @Transactional(Transactional.TxType.MANDATORY)
    void endAll(String email) {
        em.createNativeQuery("DELETE FROM customer_session WHERE email = ?1").setParameter(1, email).executeUpdate();
    }
}
