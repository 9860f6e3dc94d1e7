package shop.dozo.cart.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox job's rows. Every change of a row is one conditional UPDATE whose row count decides, so two replicas
 * never both take a mail: a row is taken only while it is due and its lease has run out, and is marked sent or
 * failed only by the holder of the lease token. Times are the database's (NOW(6), UTC), never the JVM's.
 */
@ApplicationScoped
public class OutboxStore {

    @Inject
    EntityManager em;

    /** A due mail as the job read it. */
    public record Row(long id, String eventKey, MailKind kind, String recipient, String locale, String orderId,
            String data, int attempts, String leaseToken) {
    }

    /** Takes up to {@code limit} due mails for {@code lease}; rows another replica holds are skipped. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Row> take(int limit, Duration lease) {
        @SuppressWarnings("unchecked")
        List<Number> due = em.createNativeQuery("SELECT id FROM mail_outbox WHERE state = 'PENDING' "
                + "AND next_attempt_at <= NOW(6) AND (lease_until IS NULL OR lease_until < NOW(6)) "
                + "ORDER BY next_attempt_at LIMIT ?1").setParameter(1, limit).getResultList();
        return due.stream().map(id -> claim(id.longValue(), lease)).flatMap(Optional::stream).toList();
    }

    private Optional<Row> claim(long id, Duration lease) {
        String token = UUID.randomUUID().toString();
        int taken = em.createNativeQuery("UPDATE mail_outbox SET lease_token = ?1, "
                + "lease_until = NOW(6) + INTERVAL ?2 SECOND WHERE id = ?3 AND state = 'PENDING' "
                + "AND (lease_until IS NULL OR lease_until < NOW(6))")
                .setParameter(1, token).setParameter(2, lease.toSeconds()).setParameter(3, id).executeUpdate();
        if (taken != 1) {
            return Optional.empty(); // another replica was quicker
        }
        Object[] row = (Object[]) em.createNativeQuery("SELECT event_key, kind, recipient, locale, order_id, data, "
                + "attempts FROM mail_outbox WHERE id = ?1").setParameter(1, id).getSingleResult();
        return Optional.of(new Row(id, (String) row[0], MailKind.valueOf((String) row[1]), (String) row[2],
                (String) row[3], (String) row[4], (String) row[5], ((Number) row[6]).intValue(), token));
    }

    /** Sent: the lease ends; link data (a token that signs someone in or resets a password) is not kept. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(Row row, boolean clearData) {
        em.createNativeQuery("UPDATE mail_outbox SET state = 'SENT', sent_at = NOW(6), attempts = attempts + 1, "
                + "lease_until = NULL, lease_token = NULL, last_error = NULL"
                + (clearData ? ", data = NULL" : "") + " WHERE id = ?1 AND lease_token = ?2")
                .setParameter(1, row.id()).setParameter(2, row.leaseToken()).executeUpdate();
    }

    /**
     * Not sent: tried again after {@code retryIn}, or given up (FAILED) once the mail has waited
     * {@code giveUpAfter} since it was queued.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Row row, Duration retryIn, Duration giveUpAfter, String error) {
        em.createNativeQuery("UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?1, "
                + "lease_until = NULL, lease_token = NULL, next_attempt_at = NOW(6) + INTERVAL ?2 SECOND, "
                + "state = IF(created_at < NOW(6) - INTERVAL ?3 SECOND, 'FAILED', 'PENDING') "
                + "WHERE id = ?4 AND lease_token = ?5")
                .setParameter(1, error.length() > 500 ? error.substring(0, 500) : error)
                .setParameter(2, retryIn.toSeconds()).setParameter(3, giveUpAfter.toSeconds())
                .setParameter(4, row.id()).setParameter(5, row.leaseToken()).executeUpdate();
    }

    /** How many mails are in each state, for staff. */
    @Transactional
    public Counts counts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT state, COUNT(*) FROM mail_outbox GROUP BY state")
                .getResultList();
        long pending = 0, sent = 0, failed = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            switch ((String) row[0]) {
                case "PENDING" -> pending = count;
                case "SENT" -> sent = count;
                default -> failed = count;
            }
        }
        return new Counts(pending, sent, failed);
    }

    public record Counts(long pending, long sent, long failed) {
    }
}
