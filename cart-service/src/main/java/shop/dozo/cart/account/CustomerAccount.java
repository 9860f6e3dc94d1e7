package shop.dozo.cart.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer's account, by the same normalised e-mail as {@code customer} (which holds the points). */
@Entity
@Table(name = "customer_account")
public class CustomerAccount extends PanacheEntityBase {
    @Id
    public String email;
    public String passwordHash;
    public String fullName;
    public String fullNameKana;
    public String lang;
    /** Null until the e-mail's link was opened; only a verified account can sign in. */
    public Instant verifiedAt;
    public Instant createdAt;
    public Instant updatedAt;

    public boolean verified() {
        return verifiedAt != null;
    }
}
