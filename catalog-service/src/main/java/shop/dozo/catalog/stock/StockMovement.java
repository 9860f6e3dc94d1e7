package shop.dozo.catalog.stock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One line of the stock ledger: a change of available stock, with why and who. Written once, never changed. */
@Entity
@Table(name = "stock_ledger")
public class StockMovement extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String sku;

    public int delta;

    public String reason;

    public String note;

    public String actor;

    /** The reservation that took or gave back the units; null for staff corrections and the initial stock. */
    public String reservationId;

    /** Set by the database's clock on insert. */
    @Column(insertable = false, updatable = false)
    public Instant createdAt;

    public static List<StockMovement> ofSku(String sku) {
        return list("sku = ?1 order by id", sku);
    }
}
