package shop.dozo.catalog.archive;

import jakarta.ws.rs.Path;
import java.util.Map;
import shop.dozo.support.ArchiveTablesResource;

/** The catalogue's part of the shop archive: every table, so a restore brings back ids, history and stock. */
@Path("/api/staff")
public class CatalogArchiveResource extends ArchiveTablesResource {
    private static final Map<String, String> TABLES = Map.of(
            "categories", "category",
            "products", "product",
            "product-tags", "product_tag",
            "product-images", "product_image",
            "stock", "stock_item",
            "stock-reservations", "stock_reservation",
            "stock-reservation-lines", "stock_reservation_line",
            "stock-ledger", "stock_ledger");

    @Override
    protected Map<String, String> tables() {
        return TABLES;
    }

}
