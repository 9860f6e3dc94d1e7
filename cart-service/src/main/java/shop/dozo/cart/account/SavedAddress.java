package shop.dozo.cart.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A delivery address a customer saved on My Page, normalised as checkout normalises it. */
@Entity
@Table(name = "customer_address")
public class SavedAddress extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String email;
    public String label;
    public String fullName;
    public String fullNameKana;
    public String postalCode;
    public String prefecture;
    public String city;
    public String street;
    public String phone;
    public Instant createdAt;
    public Instant updatedAt;
}
