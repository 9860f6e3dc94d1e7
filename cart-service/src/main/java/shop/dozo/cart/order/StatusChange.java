package shop.dozo.cart.order;

import jakarta.persistence.Embeddable;
import java.time.Instant;

@Embeddable
public class StatusChange {
    public String status;
    public Instant changedAt;
    public String actor;

    protected StatusChange() {
    }

    StatusChange(String status, String actor) {
        this.status = status;
        this.changedAt = Instant.now();
        this.actor = actor;
    }
}
