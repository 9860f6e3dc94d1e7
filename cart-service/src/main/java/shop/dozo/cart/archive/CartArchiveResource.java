package shop.dozo.cart.archive;

import jakarta.ws.rs.Path;
import java.util.Map;
import shop.dozo.support.ArchiveTablesResource;

/**
 * The sales history for the shop archive: orders with their lines and status history, the checkouts they came
 * from, customers, points, customer accounts with their saved addresses, sessions and links, newsletter
 * consents.
 */
@Path("/api/staff")
public class CartArchiveResource extends ArchiveTablesResource {
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("orders", "customer_order"),
            Map.entry("order-lines", "order_line"),
            Map.entry("order-status-changes", "order_status_change"),
            // Only the SHA-256 of each secret lookup link: the links shoppers were given keep opening their
            // orders in the imported shop, and the archive itself opens none.
            Map.entry("order-links", "order_link"),
            Map.entry("customers", "customer"),
            Map.entry("points-ledger", "points_ledger"),
            Map.entry("campaigns", "campaign"),
            // The Idempotency-Keys already used: a shopper retrying a checkout against the imported shop gets
            // the order that was placed, not a second one.
            Map.entry("checkout-attempts", "checkout_attempt"),
            // Accounts with their bcrypt password hashes (never a password), so customers sign in to the
            // imported shop as before.
            Map.entry("customer-accounts", "customer_account"),
            Map.entry("customer-addresses", "customer_address"),
            // Sessions and the verification and reset links are kept only as SHA-256 of their tokens: a
            // customer stays signed in and an unopened link still works after an import, and the archive
            // itself opens no session and no link. The sign-in throttle's counts are left out, like the order
            // lookup's: bookkeeping of minutes, not shop data.
            Map.entry("customer-sessions", "customer_session"),
            Map.entry("account-links", "account_token"),
            // Subscribers keep only token hashes; the consents are the opt-in record the law asks the shop to keep.
            Map.entry("newsletter-subscribers", "newsletter_subscriber"),
            Map.entry("newsletter-consents", "newsletter_consent"));
    // Not archived: mail_outbox. Its mails are derived from the orders (already sent, or re-queued by nothing),
    // and a pending row's data may hold a raw sign-in or reset token, which must never leave the database.

    @Override
    protected Map<String, String> tables() {
        return TABLES;
    }

}
