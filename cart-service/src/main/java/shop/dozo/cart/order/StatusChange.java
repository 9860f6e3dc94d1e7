package shop.dozo.cart.order;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One step in an order's history: who moved it where, when, and why. */
@Embeddable
public class StatusChange {
    @Enumerated(EnumType.STRING)
    public OrderStatus status;
    public Instant changedAt;
    public String actor;
    public String note;

    protected StatusChange() {
    }

    StatusChange(OrderStatus status, String actor, String note) {
        this.status = status;
        // The database keeps microseconds: an order read back must equal the order first answered.
        this.changedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.actor = actor;
        this.note = note;
    }
}
