package shop.dozo.cart.points;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;

/** One line of a customer's points ledger. Lines are only ever added; the balance is the sum of their deltas. */
@Entity
@Table(name = "points_ledger")
public class PointsEntry extends PanacheEntityBase {

    /** EARNED is positive; USED and EXPIRED negative; REFUNDED undoes a cancelled order's points, either way. */
    public enum Reason {
        EARNED, USED, EXPIRED, REFUNDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String email;
    public int delta;
    @Enumerated(EnumType.STRING)
    public Reason reason;
    public String orderId;
    public String campaign;
    public String note;
    @CreationTimestamp
    public Instant createdAt;
    public String createdBy;

    public static PointsEntry of(String email, String orderId, Reason reason, int delta, String by) {
        PointsEntry entry = new PointsEntry();
        entry.email = email;
        entry.orderId = orderId;
        entry.reason = reason;
        entry.delta = delta;
        entry.createdBy = by;
        return entry;
    }
}
