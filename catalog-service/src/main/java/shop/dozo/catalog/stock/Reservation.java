package shop.dozo.catalog.stock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Stock held for a caller, keyed by the caller's id (cart-service uses the order id), so a retry never books twice.
 * Its status leaves {@link ReservationStatus#RESERVED} only through {@link Reservations}' conditional update.
 */
@Entity
@Table(name = "stock_reservation")
public class Reservation extends PanacheEntityBase {
    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public ReservationStatus status;

    /** Set by the database's clock on insert. */
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public Instant expiresAt;

    public Instant finishedAt;
}
