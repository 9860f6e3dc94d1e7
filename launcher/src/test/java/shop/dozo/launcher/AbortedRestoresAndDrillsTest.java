package shop.dozo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.MariaDbServer;
import shop.dozo.backing.S3Server;
import shop.dozo.backing.ShopApi;
import shop.dozo.launcher.backup.Backups;
import shop.dozo.launcher.backup.DataSnapshot;
import shop.dozo.launcher.backup.Timeline;

/**
 * The backup path under the faults it claims to survive, each injected for real: kill -9 of the restore at every
 * step, the off-site store gone midway, kill -9 of the drill, and bytes no text field should hold but MariaDB did.
 * After each: a clear message, the shop's own data untouched, and a re-run that completes.
 */
class AbortedRestoresAndDrillsTest {
    /** Every step a restore journals before its copy is swapped in, in order. */
    private static final List<String> EVERY_BUILD_STEP = List.of("start-servers", "download-full", "load-full",
            "check-full", "download-binlogs", "replay-binlogs", "restore-media", "inspect");

    /**
     * The steps a restore is killed at. Before the swap every step leaves the same thing behind (a staging copy
     * beside untouched data), so ./dozo test kills at one in the middle (the binary logs half replayed), and
     * bench/restore-faults.sh at every one ({@code -Ddozo.faults.steps=all}): each kill costs a restore.
     */
    private static final List<String> BUILD_STEPS = "all".equals(System.getProperty("dozo.faults.steps"))
            ? EVERY_BUILD_STEP
            : List.of("replay-binlogs");

    /** What the old launcher could not restore: NUL, Ctrl-Z, quotes, backslashes, CRLF, 4-byte emoji, bidi. */
    static final String HOSTILE_BYTES =
            "味噌\u0000'\"\\\\n\r\n\t\u001a🍣👨‍👩‍👧‍👦 ｶﾀｶﾅ か\u3099 e\u0301 \u202e末尾 \u2028";

    @TempDir
    Path temp;

    private DozoScript dozo;
    private LocalStack stack;
    private Path home;

    @AfterEach
    void down() throws Exception {
        dozo.run("down");
    }

    @Test
    void aRestoreKilledAtAnyStepNeverTouchesTheShopAndARerunCompletesIt() throws Exception {
        startShop();
        storeDirectly("OF-MISO-1K", HOSTILE_BYTES + " (in the full backup)");
        assertEquals(0, dozo.run("backup").exitCode());
        storeDirectly("OF-SHOYU-900", HOSTILE_BYTES + " (only in the binary logs)");
        assertEquals(0, dozo.run("down").exitCode());
        DataSnapshot before = archiveAndSnapshot();
        String liveTimeline = Timeline.of(home.resolve("mariadb"));

        for (String step : BUILD_STEPS) {
            killRestoreAt(step, "restore");
            DozoScript.Result up = dozo.run("up");
            assertNotEquals(0, up.exitCode(),
                    "up must not start on the data an interrupted restore left: " + up.output());
            assertTrue(up.output().contains("did not finish") && up.output().contains("./dozo restore"), up.output());
            assertEquals(liveTimeline, Timeline.of(home.resolve("mariadb")), "killed at " + step + ": data untouched");
        }

        killRestoreAt("swap-mariadb", "restore");
        DozoScript.Result midSwap = dozo.run("up");
        assertNotEquals(0, midSwap.exitCode());
        assertTrue(midSwap.output().contains("begun moving"), midSwap.output());
        DozoScript.Result abandon = dozo.run("restore", "--abandon");
        assertEquals(0, abandon.exitCode(), abandon.output());
        assertEquals(liveTimeline, Timeline.of(home.resolve("mariadb")), "--abandon puts the previous data back");
        assertFalse(Files.exists(home.resolve("restore-staging")));

        killRestoreAt("swap-s3", "restore");
        DozoScript.Result finish = dozo.run("restore");
        assertEquals(0, finish.exitCode(), finish.output());
        assertTrue(finish.output().contains("Finished the interrupted restore"), finish.output());
        assertNotEquals(liveTimeline, Timeline.of(home.resolve("mariadb")), "the restored data is in place");

        assertEquals(List.of(), before.differencesIn(snapshot()), "the restore brought back every byte");
        assertEquals(0, dozo.run("up").exitCode());
        assertEquals(HOSTILE_BYTES + " (only in the binary logs)", storedDescription("OF-SHOYU-900"));
    }

    @Test
    void aDrillThatBreaksMidwayLeavesTheShopRunningAsItWasAndAReRunPasses() throws Exception {
        startShop();
        storeDirectly("OF-MISO-1K", HOSTILE_BYTES + " (after the first full backup)");
        String order = Shopper.buysOne(stack, "OF-TEA-100", "drill-fault@example.jp");
        long orders = count("dozo_cart", "customer_order");

        // The off-site store goes away while the drill restores from it.
        Path log = temp.resolve("drill.log");
        Process drill = dozo.start(Map.of("DOZO_FAULT_PAUSE_AT", "download-binlogs"), log, "drill");
        Path marker = awaitPause(drill, "download-binlogs", log);
        Faults.kill9(Long.parseLong(Files.readString(home.resolve("restore-run/00-offsite-s3.pid")).trim()));
        Files.delete(marker);
        assertTrue(drill.waitFor(5, java.util.concurrent.TimeUnit.MINUTES));
        String output = Files.readString(log);
        assertEquals(1, drill.exitValue(), output);
        assertTrue(output.contains("The drill FAILED") && output.contains("download-binlogs")
                && output.contains("never touched"), output);
        assertShopAsItWas(order, orders);

        // kill -9 of the drill itself: the next up clears what it left and starts the shop on its own data.
        killRestoreAt("load-full", "drill");
        DozoScript.Result up = dozo.run("up");
        assertEquals(0, up.exitCode(), up.output());
        assertTrue(up.output().contains("interrupted drill"), up.output());
        assertShopAsItWas(order, orders);

        DozoScript.Result rerun = dozo.run("drill");
        assertEquals(0, rerun.exitCode(), rerun.output());
        assertTrue(rerun.output().contains("100 % restored, nothing lost"), rerun.output());
        assertTrue(rerun.output().contains("matching the full backup's manifest"), rerun.output());
        assertEquals(HOSTILE_BYTES + " (after the first full backup)", storedDescription("OF-MISO-1K"));
    }

    private void startShop() throws Exception {
        home = temp.resolve("shop");
        dozo = DozoScript.onFreePorts(home);
        DozoScript.Result up = dozo.run("up");
        assertEquals(0, up.exitCode(), up.output());
        stack = dozo.stack();
    }

    /** Runs a restore or drill that stops at {@code step}, then kills it with SIGKILL there. */
    private void killRestoreAt(String step, String command) throws Exception {
        Path log = temp.resolve(command + "-" + step + ".log");
        Process process = dozo.start(Map.of("DOZO_FAULT_PAUSE_AT", step), log, command);
        Path marker = awaitPause(process, step, log);
        long pid = Long.parseLong(Files.readString(marker).trim());
        Faults.kill9(pid);
        process.waitFor();
        Files.deleteIfExists(marker);
    }

    private Path awaitPause(Process process, String step, Path log) throws Exception {
        Path marker = home.resolve("paused-at-" + step);
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (!Files.exists(marker) || Files.readString(marker).isBlank()) {
            if (!process.isAlive() || Instant.now().isAfter(giveUp)) {
                fail("never reached step " + step + ":\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        return marker;
    }

    /** Writes text the way MariaDB stores it, past the services' input checks: a restore must bring back any byte. */
    private void storeDirectly(String sku, String description) throws Exception {
        try (Connection db = root(stack.database());
                PreparedStatement update = db.prepareStatement(
                        "UPDATE dozo_catalog.product SET description_ja = ? WHERE sku = ?")) {
            update.setString(1, description);
            update.setString(2, sku);
            assertEquals(1, update.executeUpdate());
        }
    }

    private String storedDescription(String sku) throws Exception {
        try (Connection db = root(stack.database());
                PreparedStatement query =
                        db.prepareStatement("SELECT description_ja FROM dozo_catalog.product WHERE sku = ?")) {
            query.setString(1, sku);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    private long count(String schema, String table) throws Exception {
        try (Connection db = root(stack.database());
                ResultSet row = db.createStatement().executeQuery("SELECT COUNT(*) FROM " + schema + "." + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private void assertShopAsItWas(String order, long orders) throws Exception {
        assertEquals(orders, count("dozo_cart", "customer_order"), "every order is still there");
        assertEquals(200, new ShopApi(null).get(stack.url("cart-service") + "/api/orders/lookup?number=" + order
                + "&email=drill-fault@example.jp").status(), "the shop serves again");
        assertEquals(200, new ShopApi(null).get(stack.url("storefront") + "/").status());
        assertFalse(Files.exists(home.resolve("restore-staging")), "no half-built copy is left");
    }

    /** With the shop down: ships the last binary logs off-site and records every table and media checksum. */
    private DataSnapshot archiveAndSnapshot() throws Exception {
        return withBackingServers(true);
    }

    private DataSnapshot snapshot() throws Exception {
        return withBackingServers(false);
    }

    private DataSnapshot withBackingServers(boolean archiveFirst) throws Exception {
        MariaDbServer database = stack.database();
        S3Server media = stack.mediaS3();
        S3Server offsite = stack.backupS3();
        Path logs = home.resolve("logs");
        database.start(logs.resolve("mariadb-test.log"), false);
        media.start(logs.resolve("s3-test.log"), false);
        offsite.start(logs.resolve("offsite-test.log"), false);
        try {
            Backups backups = new Backups(stack);
            if (archiveFirst) {
                backups.archive();
            }
            return DataSnapshot.take(database, backups.databases(), backups.media());
        } finally {
            offsite.stop();
            media.stop();
            database.stop();
        }
    }

    private static Connection root(MariaDbServer database) throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(""), "root", database.rootPassword());
    }
}
