package shop.dozo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.dozo.backing.DemoShopSeeder;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ShopApi;
import shop.dozo.launcher.backup.Backups;
import shop.dozo.launcher.backup.FullBackup;
import shop.dozo.launcher.backup.PointInTimeRestore;

/** The host loses the databases and the media; the off-site bucket alone brings the shop back, to the second. */
class PointInTimeRestoreTest {

    @TempDir
    Path temp;

    private LocalStack stack;

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void restoresTheFullBackupPlusArchivedBinlogsUpToTheChosenTime() throws Exception {
        stack = new LocalStack(LocalStack.Settings.forTest(temp.resolve("shop"), List.of("catalog-service")));
        stack.start();
        new DemoShopSeeder(stack, DemoShopSeeder.demoFile()).seed();
        Backups backups = new Backups(stack);
        FullBackup.Info full = backups.full();
        assertTrue(full.bytes() > 0);

        addProduct("PITR-BEFORE-CUT");
        Thread.sleep(1_500);
        Instant cut = Instant.now();
        Thread.sleep(1_500);
        addProduct("PITR-AFTER-CUT");
        backups.archive();
        stack.stop();

        loseTheHost();
        PointInTimeRestore.Report toCut = backups.restore(cut).report();
        assertEquals(full.key(), toCut.fullBackup().key());
        assertFalse(toCut.binlogsReplayed().isEmpty(), "orders written after the full backup come from the binlogs");
        stack.start();
        assertEquals(200, product("PITR-BEFORE-CUT"), "written before the cut: restored from the binlogs");
        assertEquals(404, product("PITR-AFTER-CUT"), "written after the cut: not part of this restore");
        assertEquals(30, demoProductsPresent(), "everything in the full backup is back");
        stack.stop();

        backups.restore(null);
        stack.start();
        assertEquals(200, product("PITR-AFTER-CUT"), "a restore to now brings back the last archived write");
    }

    @Test
    void aRestoreWithoutAnyBackupIsRefusedAndTouchesNothing() throws Exception {
        stack = new LocalStack(LocalStack.Settings.forTest(temp.resolve("shop"), List.of("catalog-service")));
        stack.start();
        stack.stop();
        Path data = temp.resolve("shop/mariadb");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new Backups(stack).restore(Instant.now()));
        assertTrue(refused.getMessage().contains("does not exist") || refused.getMessage().contains("No full backup"),
                refused.getMessage());
        assertTrue(Files.isDirectory(data.resolve("mysql")), "the existing data folder is untouched");
        assertFalse(Files.exists(temp.resolve("shop/restore-in-progress.json")), "nothing is left half-done");
        assertFalse(Files.exists(temp.resolve("shop/restore-staging")), "the half-built copy is gone");
    }

    private void addProduct(String sku) {
        ShopApi.Reply reply = new ShopApi(stack.ownerToken()).post(stack.url("catalog-service") + "/api/staff/products",
                "{\"sku\":\"" + sku
                        + "\",\"category\":\"eco-goods\",\"name\":\"復元テスト\",\"priceYen\":500,\"taxRate\":10}");
        assertEquals(201, reply.status(), reply.body());
    }

    private int product(String sku) {
        return new ShopApi(null).get(stack.url("catalog-service") + "/api/products/" + sku).status();
    }

    private long demoProductsPresent() {
        return DemoShop.skus().stream().filter(sku -> product(sku) == 200).count();
    }

    private void loseTheHost() throws Exception {
        for (String dir : List.of("shop/mariadb", "shop/s3")) {
            try (Stream<Path> paths = Files.walk(temp.resolve(dir))) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
