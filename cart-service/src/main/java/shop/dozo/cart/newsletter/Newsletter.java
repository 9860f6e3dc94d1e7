package shop.dozo.cart.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import shop.dozo.api.Problem;
import shop.dozo.cart.customer.Emails;
import shop.dozo.cart.mail.MailKind;
import shop.dozo.cart.mail.Outbox;
import shop.dozo.support.ProblemException;

/**
 * Newsletter double opt-in (特定電子メール法): a sign-up sends a confirmation link and counts only once it is
 * opened; every step is recorded with its time and the wording shown. No answer says whether an address is
 * already subscribed.
 */
@ApplicationScoped
public class Newsletter {
    static final String LINK_INVALID = "https://dozo.shop/problems/link-invalid";
    static final String LINK_EXPIRED = "https://dozo.shop/problems/link-expired";
    private static final int CONFIRM_DAYS = 7;
    /** A second sign-up within this many minutes sends no second mail: nobody fills a stranger's inbox. */
    private static final int RESEND_AFTER_MINUTES = 10;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    NewsletterTokens tokens;

    /**
     * Starts the opt-in for {@code email} (the sign-up form, or a checkout with the box ticked: {@code source}
     * {@code form} or {@code checkout}). Joins the caller's transaction if there is one.
     */
    @Transactional
    public void request(String rawEmail, String wording, String lang, String source) {
        String email = Emails.normalise(rawEmail);
        String locale = "en".equals(lang) ? "en" : "ja";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT state, requested_at > NOW(6) - INTERVAL ?2 MINUTE "
                + "FROM newsletter_subscriber WHERE email = ?1 FOR UPDATE").setParameter(1, email)
                .setParameter(2, RESEND_AFTER_MINUTES).getResultList();
        if (!rows.isEmpty() && ("CONFIRMED".equals(rows.get(0)[0]) || truthy(rows.get(0)[1]))) {
            return; // already in, or a confirmation mail has just gone out
        }
        String token = tokens.newConfirmToken();
        em.createNativeQuery("INSERT INTO newsletter_subscriber (email, state, locale, confirm_token_hash, "
                + "confirm_expires_at, unsubscribe_token_hash) VALUES (?1, 'PENDING', ?2, ?3, "
                + "NOW(6) + INTERVAL ?4 DAY, ?5) ON DUPLICATE KEY UPDATE state = 'PENDING', locale = ?2, "
                + "confirm_token_hash = ?3, confirm_expires_at = NOW(6) + INTERVAL ?4 DAY, requested_at = NOW(6), "
                + "confirmed_at = NULL").setParameter(1, email).setParameter(2, locale)
                .setParameter(3, NewsletterTokens.hash(token)).setParameter(4, CONFIRM_DAYS)
                .setParameter(5, NewsletterTokens.hash(tokens.unsubscribeToken(email))).executeUpdate();
        record(email, "REQUESTED", wording, source);
        outbox.enqueue("newsletter:" + NewsletterTokens.hash(token).substring(0, 40),
                MailKind.NEWSLETTER_CONFIRMATION, email, locale, null, Map.of("token", token));
    }

    /** Opening the link twice is fine: the second time it is already confirmed. */
    @Transactional
    public void confirm(String token) {
        Object[] row = find("confirm_token_hash", token);
        if ("CONFIRMED".equals(row[1])) {
            return;
        }
        if (truthy(row[2])) {
            throw linkProblem(LINK_EXPIRED, "This confirmation link has expired. Please sign up again.");
        }
        String email = (String) row[0];
        em.createNativeQuery("UPDATE newsletter_subscriber SET state = 'CONFIRMED', confirmed_at = NOW(6), "
                + "unsubscribed_at = NULL WHERE email = ?1").setParameter(1, email).executeUpdate();
        @SuppressWarnings("unchecked")
        List<String> wording = em.createNativeQuery("SELECT wording FROM newsletter_consent WHERE email = ?1 "
                + "AND event = 'REQUESTED' ORDER BY id DESC LIMIT 1").setParameter(1, email).getResultList();
        record(email, "CONFIRMED", wording.isEmpty() ? null : wording.get(0), "link");
    }

    @Transactional
    public void unsubscribe(String token) {
        Object[] row = find("unsubscribe_token_hash", token);
        if ("UNSUBSCRIBED".equals(row[1])) {
            return;
        }
        em.createNativeQuery("UPDATE newsletter_subscriber SET state = 'UNSUBSCRIBED', unsubscribed_at = NOW(6), "
                + "confirm_token_hash = NULL WHERE email = ?1").setParameter(1, row[0]).executeUpdate();
        record((String) row[0], "UNSUBSCRIBED", null, "link");
    }

    /** email, state, expired; a token that matches nothing is a 400 that says only that the link is wrong. */
    private Object[] find(String column, String token) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT email, state, confirm_expires_at < NOW(6) "
                + "FROM newsletter_subscriber WHERE " + column + " = ?1 FOR UPDATE")
                .setParameter(1, NewsletterTokens.hash(token)).getResultList();
        if (rows.isEmpty()) {
            throw linkProblem(LINK_INVALID, "This link is not valid. Please check that it was copied whole.");
        }
        return rows.get(0);
    }

    private void record(String email, String event, String wording, String source) {
        em.createNativeQuery("INSERT INTO newsletter_consent (email, event, wording, source) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, email).setParameter(2, event).setParameter(3, wording).setParameter(4, source)
                .executeUpdate();
    }

    private static boolean truthy(Object sqlBoolean) {
        return sqlBoolean instanceof Number n ? n.intValue() != 0 : Boolean.TRUE.equals(sqlBoolean);
    }

    private static ProblemException linkProblem(String type, String detail) {
        return new ProblemException(new Problem(type, "Link not usable", 400, detail, null,
                List.of(new Problem.FieldError("token", detail)), null));
    }
}
