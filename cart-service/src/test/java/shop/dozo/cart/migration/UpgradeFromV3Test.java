package shop.dozo.cart.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.MariaDbServer;
import shop.dozo.backing.Ports;
import shop.dozo.testsupport.MariaDbTestResource;

/**
 * A shop that already has orders, customers and points from the V3 schema upgrades without losing or bending a
 * row: stock state, campaign and Idempotency-Key claims are derived from what is there.
 */
class UpgradeFromV3Test {
    private static final String DB = "dozo_upgrade";
    private static MariaDbServer server;
    private static Path workDir;

    @BeforeAll
    static void startMariaDb() throws Exception {
        workDir = Files.createTempDirectory("dozo-cart-upgrade");
        server = MariaDbServer.at(workDir.resolve("data"), Ports.freePort(), "");
        server.start(workDir.resolve("mariadb.log"), false);
        server.createDatabase(DB, MariaDbTestResource.USER, MariaDbTestResource.PASSWORD);
    }

    @AfterAll
    static void stopMariaDb() {
        if (server != null) {
            server.stop();
        }
        if (workDir != null) {
            try (var files = Files.walk(workDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (java.io.IOException e) {
                // a leftover temp folder is harmless
            }
        }
    }

    @Test
    void ordersAndPointsFromV3SurviveTheUpgrade() throws Exception {
        flyway("3").migrate();
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            // An order from before points existed (no customer row), and one with points and a campaign.
            sql.executeUpdate(order("o-old-0000-0000-0000-000000000001", "DZ-260601-1111", "key-old-1",
                    "old@example.jp", true, 0, 0));
            sql.executeUpdate(order("o-new-0000-0000-0000-000000000002", "DZ-260715-2222", "key-new-2",
                    "new@example.jp", false, 120, 100));
            sql.executeUpdate(
                    "INSERT INTO order_line (order_id, position, sku, name, unit_price, tax_rate, quantity, cool) "
                            + "VALUES ('o-new-0000-0000-0000-000000000002', 0, 'OF-TEA-100', '有機 煎茶', 1080, 8, 1, FALSE)");
            sql.executeUpdate("INSERT INTO order_status_change (order_id, position, status, changed_at, actor) "
                    + "VALUES ('o-new-0000-0000-0000-000000000002', 0, 'PLACED', NOW(6), 'new@example.jp')");
            sql.executeUpdate("INSERT INTO customer (email) VALUES ('new@example.jp')");
            sql.executeUpdate("INSERT INTO campaign (code, name, points_multiplier, starts_at, ends_at) VALUES "
                    + "('RENEWAL-10X', 'リニューアル記念', 10, '2026-06-30 15:00:00', '2026-07-31 14:59:59')");
            sql.executeUpdate("INSERT INTO points_ledger (email, delta, reason, order_id, campaign) VALUES "
                    + "('new@example.jp', 200, 'EARNED', NULL, NULL), "
                    + "('new@example.jp', -100, 'USED', 'o-new-0000-0000-0000-000000000002', NULL), "
                    + "('new@example.jp', 120, 'EARNED', 'o-new-0000-0000-0000-000000000002', 'RENEWAL-10X')");
        }

        flyway(null).migrate();

        try (Connection db = connect()) {
            assertEquals("COMMITTED",
                    one(db, "SELECT stock_state FROM customer_order WHERE order_number = 'DZ-260601-1111'"));
            assertEquals("RESERVED",
                    one(db, "SELECT stock_state FROM customer_order WHERE order_number = 'DZ-260715-2222'"));
            assertEquals("RENEWAL-10X",
                    one(db, "SELECT campaign_code FROM customer_order WHERE order_number = 'DZ-260715-2222'"));
            assertEquals("1", one(db, "SELECT COUNT(*) FROM customer WHERE email = 'old@example.jp'"));
            assertEquals("DONE o-new-0000-0000-0000-000000000002", one(db,
                    "SELECT CONCAT(state, ' ', order_id) FROM checkout_attempt WHERE idempotency_key = 'key-new-2'"));
            assertEquals("220", one(db, "SELECT SUM(delta) FROM points_ledger WHERE email = 'new@example.jp'"));
            assertEquals("1", one(db, "SELECT COUNT(*) FROM order_line"));
            // The new constraints hold from now on.
            assertThrows(SQLException.class, () -> db.createStatement().executeUpdate("INSERT INTO points_ledger "
                    + "(email, delta, reason) VALUES ('nobody@example.jp', 5, 'EARNED')"));
            assertThrows(SQLException.class, () -> db.createStatement().executeUpdate("INSERT INTO points_ledger "
                    + "(email, delta, reason) VALUES ('new@example.jp', 5, 'USED')"));
            assertThrows(SQLException.class, () -> db.createStatement().executeUpdate(
                    "UPDATE customer_order SET amount_due = 1 WHERE order_number = 'DZ-260715-2222'"));
        }
    }

    private static String order(String id, String number, String key, String email, boolean committed, int earned,
            int used) {
        return "INSERT INTO customer_order (id, order_number, idempotency_key, request_hash, email, full_name, postal_code, "
                + "prefecture, city, street, phone, payment_method, status, items_total, shipping_fee, cool_fee, total, "
                + "subtotal8, tax8, subtotal10, tax10, stock_committed, points_used, points_earned, amount_due) VALUES ('"
                + id + "', '" + number + "', '" + key + "', REPEAT('a', 64), '" + email + "', '山田 花子', '150-0001', "
                + "'東京都', '渋谷区', '神宮前1-2-3', '03-1234-5678', 'bank_transfer', 'PLACED', 1080, 770, 0, 1850, "
                + "1080, 80, 770, 70, " + committed + ", " + used + ", " + earned + ", " + (1850 - used) + ")";
    }

    private static Flyway flyway(String target) {
        var config = Flyway.configure()
                .dataSource(server.jdbcUrl(DB), MariaDbTestResource.USER, MariaDbTestResource.PASSWORD)
                .locations("classpath:db/migration");
        return (target == null ? config : config.target(target)).load();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(DB), MariaDbTestResource.USER, MariaDbTestResource.PASSWORD);
    }

    private static String one(Connection db, String sql) throws SQLException {
        try (ResultSet rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
