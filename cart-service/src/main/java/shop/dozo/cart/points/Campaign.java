package shop.dozo.cart.points;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.CreationTimestamp;

/** A points campaign: orders placed from {@code startsAt} until (not including) {@code endsAt} earn more. */
@Entity
public class Campaign extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    public int pointsMultiplier;
    public Instant startsAt;
    public Instant endsAt;
    @CreationTimestamp
    public Instant createdAt;
    public String createdBy;

    public boolean runningAt(Instant when) {
        return !when.isBefore(startsAt) && when.isBefore(endsAt);
    }

    public static Optional<Campaign> findByCode(String code) {
        return findByIdOptional(code);
    }

    /** Running now, the most generous first (then by code, so the choice is stable). */
    public static List<Campaign> running(Instant when) {
        return list("startsAt <= ?1 and endsAt > ?1 order by pointsMultiplier desc, code", when);
    }
}
