package shop.dozo.cart.customer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class Customers {

    @Inject
    EntityManager em;

    /**
     * The customer with this email, created if new, locked until the transaction ends: orders of one customer
     * queue here, so their points are spent one at a time. One statement takes the exclusive lock at once (a
     * shared lock upgraded later deadlocks under racing checkouts).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String lockOrCreate(String email) {
        String normalised = Emails.normalise(email);
        em.createNativeQuery("INSERT INTO customer (email) VALUES (?1) ON DUPLICATE KEY UPDATE email = email")
                .setParameter(1, normalised).executeUpdate();
        return normalised;
    }
}
