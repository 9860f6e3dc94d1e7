package shop.dozo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.S3Server;
import shop.dozo.backing.ShopApi;
import shop.dozo.launcher.backup.Timeline;

/**
 * Faults around the backups themselves: a binary log missing or damaged off-site, mariadbd (and, in
 * bench/restore-faults.sh, the off-site store) killed while a full backup runs, and a data folder on a file system
 * that fills up.
 */
class BackupFaultsTest {
    /** bench/restore-faults.sh ({@code -Ddozo.faults.steps=all}) also kills mariadbd and the off-site store mid-backup. */
    private static final boolean ALL_FAULTS = "all".equals(System.getProperty("dozo.faults.steps"));

    @TempDir
    Path temp;

    private DozoScript dozo;
    private LocalStack stack;
    private Path home;
    private Path smallDisk;

    @AfterEach
    void down() throws Exception {
        if (dozo != null) {
            dozo.run("down");
        }
        if (smallDisk != null) {
            new ProcessBuilder("umount", "-l", smallDisk.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void aMissingOrDamagedArchivedBinlogIsRefusedWithTheGapNamedNeverRestoredAround() throws Exception {
        startShop(temp.resolve("shop"));
        for (String sku : List.of("GAP-1", "GAP-2", "GAP-3")) {
            addProduct(sku);
            assertEquals(0, dozo.run("archive").exitCode());
        }
        assertEquals(0, dozo.run("down").exitCode());
        String liveTimeline = Timeline.of(home.resolve("mariadb"));

        S3Server offsiteServer = stack.backupS3();
        offsiteServer.start(home.resolve("logs/offsite-test.log"), false);
        MinioClient offsite = client(offsiteServer);
        List<String> binlogs = objects(offsite, "db/binlog/").stream().filter(key -> !key.endsWith(".sha256")).toList();
        String middle = binlogs.get(binlogs.size() - 2);
        byte[] original;
        try (InputStream in =
                offsite.getObject(GetObjectArgs.builder().bucket(LocalStack.BACKUP_BUCKET).object(middle).build())) {
            original = in.readAllBytes();
        }
        offsite.removeObject(RemoveObjectArgs.builder().bucket(LocalStack.BACKUP_BUCKET).object(middle).build());
        offsiteServer.stop();

        String name = middle.substring(middle.lastIndexOf('/') + 1);
        DozoScript.Result gap = dozo.run("restore");
        assertNotEquals(0, gap.exitCode(), gap.output());
        assertTrue(gap.output().contains("gap: " + name + " is missing off-site"), gap.output());
        assertTrue(gap.output().contains("Nothing was changed"), gap.output());
        assertEquals(liveTimeline, Timeline.of(home.resolve("mariadb")));

        byte[] damaged = original.clone();
        damaged[damaged.length / 2] ^= 0x5a;
        offsiteServer.start(home.resolve("logs/offsite-test.log"), false);
        put(client(offsiteServer), middle, damaged);
        offsiteServer.stop();
        DozoScript.Result corrupt = dozo.run("restore");
        assertNotEquals(0, corrupt.exitCode(), corrupt.output());
        assertTrue(corrupt.output().contains(name + " is damaged off-site"), corrupt.output());
        assertEquals(liveTimeline, Timeline.of(home.resolve("mariadb")));

        offsiteServer.start(home.resolve("logs/offsite-test.log"), false);
        put(client(offsiteServer), middle, original);
        offsiteServer.stop();
        DozoScript.Result whole = dozo.run("restore");
        assertEquals(0, whole.exitCode(), whole.output());
        assertEquals(0, dozo.run("up").exitCode());
        for (String sku : List.of("GAP-1", "GAP-2", "GAP-3")) {
            assertEquals(200, new ShopApi(null).get(stack.url("catalog-service") + "/api/products/" + sku).status(),
                    sku);
        }
    }

    @Test
    void aFullBackupCutOffByAKilledDatabaseOrAGoneStoreIsNeverUsedAndARerunCompletes() throws Exception {
        // 7 of CI's minutes: bench/restore-faults.sh runs it; ./dozo test kills a restore and a drill instead.
        assumeTrue(ALL_FAULTS, "a long fault case: bench/restore-faults.sh runs it");
        startShop(temp.resolve("shop"));
        Shopper.buysOne(stack, "OF-MISO-1K", "backup-fault@example.jp");
        // Enough rows that the dump runs for a few seconds, long enough to be cut off.
        sql("CREATE TABLE dozo_catalog.zz_fault_filler (id INT PRIMARY KEY, pad VARCHAR(200))",
                "INSERT INTO dozo_catalog.zz_fault_filler SELECT seq, REPEAT('x', 200) FROM dozo_catalog.seq_1_to_300000");
        long orders = count("dozo_cart.customer_order");
        int backupsBefore = completeBackups();

        DozoScript.Result dbKilled = backupWhileKilling("mariadb");
        assertNotEquals(0, dbKilled.exitCode(), dbKilled.output());
        assertTrue(dbKilled.output().contains("mariadb-dump failed"), dbKilled.output());
        restartShop();
        assertEquals(orders, count("dozo_cart.customer_order"), "MariaDB recovered every committed order");
        assertEquals(backupsBefore, completeBackups(), "a cut-off dump never becomes a backup a restore could pick");

        DozoScript.Result storeGone = backupWhileKilling("offsite-s3");
        assertNotEquals(0, storeGone.exitCode(), storeGone.output());
        assertTrue(storeGone.output().contains("could not be stored off-site"), storeGone.output());
        restartShop();
        assertEquals(backupsBefore, completeBackups());

        sql("DROP TABLE dozo_catalog.zz_fault_filler");
        DozoScript.Result rerun = dozo.run("backup");
        assertEquals(0, rerun.exitCode(), rerun.output());
        assertEquals(backupsBefore + 1, completeBackups());
        assertEquals(orders, count("dozo_cart.customer_order"));
    }

    @Test
    void aDataFolderOnAFileSystemThatFillsUpFailsCleanlyAndARerunWithRoomCompletes() throws Exception {
        smallDisk = Files.createDirectories(temp.resolve("small"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2g", "dozo-test", smallDisk.toString())
                .inheritIO().start();
        boolean mounted = mount.waitFor() == 0;
        if (!mounted) {
            smallDisk = null;
        }
        assumeTrue(mounted, "needs root to mount a small file system (CI runs as root)");
        startShop(smallDisk.resolve("shop"));
        // MariaDB on a full disk may wait for room instead of failing; the backup must then give up, not hang.
        dozo.with("DOZO_DUMP_STALL_SECONDS", "30");
        addProduct("FULL-DISK-1");
        assertEquals(0, dozo.run("archive").exitCode());

        // The shop keeps running on what it has; nothing more fits.
        resizeSmallDisk(usedBytes() + 16 * 1024);
        DozoScript.Result backup = dozo.run("backup");
        assertNotEquals(0, backup.exitCode(), backup.output());
        assertTrue(backup.output().contains("No space left on device"), backup.output());
        assertEquals(200, new ShopApi(null).get(stack.url("catalog-service") + "/api/products/FULL-DISK-1").status());

        assertEquals(0, dozo.run("down").exitCode());
        String liveTimeline = Timeline.of(home.resolve("mariadb"));
        DozoScript.Result restore = dozo.run("restore");
        assertNotEquals(0, restore.exitCode(), restore.output());
        assertTrue(restore.output().contains("The restore failed") && restore.output().contains("Nothing was changed"),
                restore.output());
        assertEquals(liveTimeline, Timeline.of(home.resolve("mariadb")));
        assertFalse(Files.exists(home.resolve("restore-staging")), "the half-built copy is removed, freeing the space");

        resizeSmallDisk(2L * 1024 * 1024 * 1024);
        DozoScript.Result again = dozo.run("restore");
        assertEquals(0, again.exitCode(), again.output());
        assertEquals(0, dozo.run("up").exitCode());
        assertEquals(200, new ShopApi(null).get(stack.url("catalog-service") + "/api/products/FULL-DISK-1").status());
        assertEquals(0, dozo.run("backup").exitCode(), "with room again, backups work");
    }

    private void startShop(Path shopHome) throws Exception {
        home = shopHome;
        dozo = DozoScript.onFreePorts(home);
        DozoScript.Result up = dozo.run("up");
        assertEquals(0, up.exitCode(), up.output());
        stack = dozo.stack();
    }

    private void restartShop() throws Exception {
        dozo.run("down");
        DozoScript.Result up = dozo.run("up");
        assertEquals(0, up.exitCode(), up.output());
    }

    /** Runs ./dozo backup and kills the named process of the shop (SIGKILL) while mariadb-dump runs. */
    private DozoScript.Result backupWhileKilling(String victim) throws Exception {
        Path log = temp.resolve("backup-" + victim + ".log");
        Process backup = dozo.start(Map.of(), log, "backup");
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (!dumpRunning()) {
            if (!backup.isAlive() || Instant.now().isAfter(giveUp)) {
                fail("mariadb-dump was never seen running:\n" + Files.readString(log));
            }
            Thread.sleep(20);
        }
        Faults.kill9(pidOf(victim));
        assertTrue(backup.waitFor(5, TimeUnit.MINUTES));
        return new DozoScript.Result(backup.exitValue(), Files.readString(log));
    }

    private boolean dumpRunning() {
        String port = "--port=" + stack.settings().dbPort();
        return ProcessHandle.allProcesses().anyMatch(process -> process.info().commandLine()
                .map(line -> line.contains("mariadb-dump") && line.contains(port)).orElse(false));
    }

    private long pidOf(String name) throws Exception {
        try (Stream<Path> files = Files.list(home.resolve("run"))) {
            Path file = files.filter(f -> f.getFileName().toString().endsWith("-" + name + ".pid")).findFirst()
                    .orElseThrow();
            return Long.parseLong(Files.readString(file).trim());
        }
    }

    private int completeBackups() throws Exception {
        return (int) objects(client(stack.backupS3()), "db/full/").stream().filter(key -> key.endsWith(".json"))
                .count();
    }

    private void addProduct(String sku) {
        ShopApi.Reply reply = new ShopApi(stack.ownerToken()).post(stack.url("catalog-service") + "/api/staff/products",
                "{\"sku\":\"" + sku
                        + "\",\"category\":\"eco-goods\",\"name\":\"障害テスト\",\"priceYen\":500,\"taxRate\":10}");
        assertEquals(201, reply.status(), reply.body());
    }

    private void sql(String... statements) {
        stack.database().execute(stack.database().rootPassword(), statements);
    }

    private long count(String table) throws Exception {
        try (Connection db = DriverManager.getConnection(stack.database().jdbcUrl(""), "root",
                stack.database().rootPassword());
                ResultSet row = db.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private long usedBytes() throws Exception {
        var store = Files.getFileStore(smallDisk);
        return store.getTotalSpace() - store.getUsableSpace();
    }

    private void resizeSmallDisk(long bytes) throws Exception {
        Process remount = new ProcessBuilder("mount", "-o", "remount,size=" + bytes, smallDisk.toString())
                .inheritIO().start();
        assertEquals(0, remount.waitFor(), "remount " + smallDisk);
    }

    private static MinioClient client(S3Server server) {
        return MinioClient.builder().endpoint(server.endpoint()).credentials(server.accessKey(), server.secretKey())
                .build();
    }

    private static List<String> objects(MinioClient client, String prefix) throws Exception {
        List<String> keys = new ArrayList<>();
        for (Result<Item> item : client.listObjects(ListObjectsArgs.builder().bucket(LocalStack.BACKUP_BUCKET)
                .prefix(prefix).recursive(true).build())) {
            keys.add(item.get().objectName());
        }
        keys.sort(null);
        return keys;
    }

    private static void put(MinioClient client, String key, byte[] bytes) throws Exception {
        client.putObject(PutObjectArgs.builder().bucket(LocalStack.BACKUP_BUCKET).object(key)
                .stream(new ByteArrayInputStream(bytes), (long) bytes.length, -1L).build());
    }
}
