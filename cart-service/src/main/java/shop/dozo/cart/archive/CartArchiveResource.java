package shop.dozo.cart.archive;

import jakarta.ws.rs.Path;
import java.util.Map;
import shop.dozo.support.ArchiveTablesResource;

/**
 * The sales history for the shop archive: orders with their lines and status history, the checkouts they came
 * from, customers, points.
 */
@Path("/api/staff")
public class CartArchiveResource extends ArchiveTablesResource {
    private static final Map<String, String> TABLES = Map.of(
            "orders", "customer_order",
            "order-lines", "order_line",
            "order-status-changes", "order_status_change",
            // Only the SHA-256 of each secret lookup link: the links shoppers were given keep opening their
            // orders in the imported shop, and the archive itself opens none.
            "order-links", "order_link",
            "customers", "customer",
            "points-ledger", "points_ledger",
            "campaigns", "campaign",
            // The Idempotency-Keys already used: a shopper retrying a checkout against the imported shop gets
            // the order that was placed, not a second one.
            "checkout-attempts", "checkout_attempt");

    @Override
    protected Map<String, String> tables() {
        return TABLES;
    }

}
