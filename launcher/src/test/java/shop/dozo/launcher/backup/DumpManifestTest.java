package shop.dozo.launcher.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The manifest a dump stream gives does not depend on how the stream is cut into writes. */
class DumpManifestTest {
    private static final String DUMP = """
            -- MariaDB dump
            USE `dozo_catalog`;
            CREATE TABLE `product` (`id` bigint);
            INSERT INTO `product` VALUES (1,'括弧 ( と ) \\\\ \\' 🍵'),(2,'a\\nb'),(3,0x00FF);
            INSERT INTO `product` VALUES (4,'),(');
            CREATE TABLE `category` (`id` bigint);
            USE `dozo_cart`;
            CREATE TABLE `customer_order` (`id` char(36));
            INSERT INTO `customer_order` VALUES ('x');
            """;

    @Test
    void rowsAreCountedOutsideQuotesAndTheSameWhateverTheWriteSizes() throws IOException {
        Map<String, DumpManifest.Table> whole = manifestOf(DUMP.getBytes(StandardCharsets.UTF_8).length);
        assertEquals(4, whole.get("dozo_catalog.product").rows());
        assertEquals(0, whole.get("dozo_catalog.category").rows());
        assertEquals(1, whole.get("dozo_cart.customer_order").rows());
        for (int chunk : List.of(1, 2, 3, 7, 64)) {
            assertEquals(whole, manifestOf(chunk), "writes of " + chunk + " bytes");
        }
    }

    @Test
    void oneChangedByteChangesTheTablesChecksum() throws IOException {
        DumpManifest changed = new DumpManifest();
        try (OutputStream out = changed.reading(OutputStream.nullOutputStream())) {
            out.write(DUMP.replace("'x'", "'y'").getBytes(StandardCharsets.UTF_8));
        }
        Map<String, DumpManifest.Table> whole = manifestOf(4096);
        assertEquals(whole.get("dozo_catalog.product"), changed.tables().get("dozo_catalog.product"));
        assertNotEquals(whole.get("dozo_cart.customer_order"), changed.tables().get("dozo_cart.customer_order"));
        assertEquals(List.of("dozo_cart.customer_order: the 1 rows restored differ from the backup's"),
                DumpManifest.differences(whole, changed.tables()));
    }

    private static Map<String, DumpManifest.Table> manifestOf(int chunk) throws IOException {
        byte[] bytes = DUMP.getBytes(StandardCharsets.UTF_8);
        DumpManifest manifest = new DumpManifest();
        try (OutputStream out = manifest.reading(OutputStream.nullOutputStream())) {
            for (int at = 0; at < bytes.length; at += chunk) {
                if (chunk == 1) {
                    out.write(bytes[at]);
                } else {
                    out.write(bytes, at, Math.min(chunk, bytes.length - at));
                }
            }
        }
        return manifest.tables();
    }
}
