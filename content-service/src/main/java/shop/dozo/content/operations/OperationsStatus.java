package shop.dozo.content.operations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class OperationsStatus extends PanacheEntityBase {
    @Id
    public String name;

    public Instant happenedAt;

    public String detail;

    public String reportedBy;
}
