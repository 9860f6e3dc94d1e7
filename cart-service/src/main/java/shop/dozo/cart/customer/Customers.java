package shop.dozo.cart.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Customer rows are made in a transaction of their own and locked in the order's: inserting new emails inside
 * the order's transaction takes gap locks that deadlock under many first orders at once.
 */
@ApplicationScoped
public class Customers {

    @Inject
    EntityManager em;

    /** Makes sure a customer row exists (committed at once; a checkout that then fails leaves an empty account). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void ensure(String email) {
        em.createNativeQuery("INSERT IGNORE INTO customer (email) VALUES (?1)").setParameter(1, Emails.normalise(email))
                .executeUpdate();
    }

    /**
     * Locks the customer's row until the transaction ends: orders of one customer queue here, so their points
     * are spent one at a time. An existing row is locked alone (no gap); a missing one is created locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String lock(String email) {
        String normalised = Emails.normalise(email);
        boolean found = !em.createNativeQuery("SELECT email FROM customer WHERE email = ?1 FOR UPDATE")
                .setParameter(1, normalised).getResultList().isEmpty();
        if (!found) {
            em.createNativeQuery("INSERT INTO customer (email) VALUES (?1) ON DUPLICATE KEY UPDATE email = email")
                    .setParameter(1, normalised).executeUpdate();
        }
        return normalised;
    }
}
