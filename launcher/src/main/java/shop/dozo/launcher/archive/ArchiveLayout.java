package shop.dozo.launcher.archive;

import java.time.Duration;
import java.util.List;

/**
 * What a shop archive holds, in the order an import must write it (categories before products, campaigns
 * before orders). Each table is exported by its owning service as NDJSON at {@code /api/staff/export/{entity}}
 * and imported at {@code /api/staff/import/{entity}}.
 */
public final class ArchiveLayout {
    public static final String FORMAT = "dozo-shop-archive";
    public static final int FORMAT_VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    public static final String MEDIA_DIR = "media/";
    /** How long one table or media file may take to go to or come from a service. */
    static final Duration CALL_TIMEOUT = Duration.ofMinutes(30);

    public record Table(String service, String entity) {
        public String path() {
            return service.replace("-service", "") + "/" + entity + ".ndjson";
        }
    }

    public static final List<Table> TABLES = List.of(
            new Table("catalog-service", "categories"),
            new Table("catalog-service", "products"),
            new Table("catalog-service", "product-tags"),
            new Table("catalog-service", "product-images"),
            new Table("catalog-service", "stock"),
            new Table("catalog-service", "stock-reservations"),
            new Table("catalog-service", "stock-reservation-lines"),
            new Table("catalog-service", "stock-ledger"),
            new Table("content-service", "settings"),
            new Table("content-service", "pages"),
            new Table("content-service", "page-revisions"),
            new Table("content-service", "news"),
            new Table("content-service", "news-revisions"),
            new Table("content-service", "media"),
            new Table("cart-service", "campaigns"),
            new Table("cart-service", "customers"),
            new Table("cart-service", "orders"),
            new Table("cart-service", "order-lines"),
            new Table("cart-service", "order-status-changes"),
            new Table("cart-service", "order-links"),
            new Table("cart-service", "checkout-attempts"),
            new Table("cart-service", "points-ledger"),
            new Table("cart-service", "customer-accounts"),
            new Table("cart-service", "customer-addresses"),
            new Table("cart-service", "customer-sessions"),
            new Table("cart-service", "account-links"),
            new Table("cart-service", "newsletter-subscribers"),
            new Table("cart-service", "newsletter-consents"),
            new Table("review-service", "reviews"),
            new Table("review-service", "moderation-events"));

    /** The media manifest lists every stored original; the archive carries their bytes under media/. */
    public static final Table MEDIA_MANIFEST = new Table("content-service", "media");

    private ArchiveLayout() {
    }
}
