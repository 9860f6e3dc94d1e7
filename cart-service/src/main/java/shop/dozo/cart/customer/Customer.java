package shop.dozo.cart.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.CreationTimestamp;

/** An optional account, known by its (lower-case) email: made by the first order, it holds the points. */
@Entity
public class Customer extends PanacheEntityBase {
    @Id
    public String email;
    @CreationTimestamp
    public Instant createdAt;

    public static Optional<Customer> findByEmail(String email) {
        return findByIdOptional(Emails.normalise(email));
    }
}
