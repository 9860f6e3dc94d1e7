package shop.dozo.catalog.stock;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Units of one SKU that can be sold now. Loaded only to create it: its quantity changes by conditional bulk updates
 * in {@link StockLedger} and is read as a value, never through a managed copy that could be stale.
 */
@Entity
@Table(name = "stock_item")
public class StockItem extends PanacheEntityBase {
    @Id
    public String sku;

    public int available;
}
