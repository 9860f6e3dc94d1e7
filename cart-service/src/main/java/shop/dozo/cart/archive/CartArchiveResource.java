package shop.dozo.cart.archive;

import jakarta.ws.rs.Path;
import java.util.Map;
import shop.dozo.support.ArchiveTablesResource;

/** The sales history for the shop archive: orders with their lines and status history, customers, points. */
@Path("/api/staff")
public class CartArchiveResource extends ArchiveTablesResource {
    private static final Map<String, String> TABLES = Map.of(
            "orders", "customer_order",
            "order-lines", "order_line",
            "order-status-changes", "order_status_change",
            "customers", "customer",
            "points-ledger", "points_ledger",
            "campaigns", "campaign");

    @Override
    protected Map<String, String> tables() {
        return TABLES;
    }

}
