package shop.dozo.launcher.archive;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveVerifierTest {
    private static final String PRODUCTS = "{\"id\":1,\"sku\":\"CP-LINER-01\"}\n{\"id\":2,\"sku\":\"CP-REG-01\"}\n";

    @TempDir
    Path temp;

    @Test
    void anIntactArchivePasses() throws Exception {
        ArchiveVerifier.Result result = ArchiveVerifier.verify(archive(PRODUCTS, ArchiveLayout.FORMAT_VERSION, false));
        assertTrue(result.ok(), result.problems().toString());
    }

    @Test
    void aTamperedEntryIsFound() throws Exception {
        Path archive = archive(PRODUCTS.replace("CP-REG-01", "CP-REG-99"), ArchiveLayout.FORMAT_VERSION, false);
        ArchiveVerifier.Result result = ArchiveVerifier.verify(archive);
        assertFalse(result.ok());
        assertTrue(result.problems().get(0).contains("catalog/products.ndjson is damaged"),
                result.problems().toString());
    }

    @Test
    void aTruncatedFileIsRefused() throws Exception {
        Path archive = archive(PRODUCTS, ArchiveLayout.FORMAT_VERSION, false);
        byte[] bytes = Files.readAllBytes(archive);
        Files.write(archive, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ArchiveVerifier.Result result = ArchiveVerifier.verify(archive);
        assertFalse(result.ok());
    }

    @Test
    void anEntryAddedAfterExportIsFound() throws Exception {
        ArchiveVerifier.Result result = ArchiveVerifier.verify(archive(PRODUCTS, ArchiveLayout.FORMAT_VERSION, true));
        assertFalse(result.ok());
        assertTrue(result.problems().toString().contains("not in the manifest"), result.problems().toString());
    }

    @Test
    void anArchiveFromANewerDozoIsRefused() throws Exception {
        ArchiveVerifier.Result result =
                ArchiveVerifier.verify(archive(PRODUCTS, ArchiveLayout.FORMAT_VERSION + 1, false));
        assertFalse(result.ok());
        assertTrue(result.problems().get(0).contains("newer than this Dozo understands"), result.problems().toString());
    }

    /** Writes the manifest for the real products text, then stores {@code stored} (which may differ). */
    private Path archive(String stored, int formatVersion, boolean extraEntry) throws IOException {
        Path file = temp.resolve("shop-" + System.nanoTime() + ".zip");
        String sha = HexFormat.of().formatHex(ArchiveWriter.sha256().digest(PRODUCTS.getBytes(StandardCharsets.UTF_8)));
        Manifest manifest = new Manifest(ArchiveLayout.FORMAT, formatVersion, "2026-11-25T00:00:00Z", "test",
                Map.of("catalog/products", 2L),
                List.of(new Manifest.Entry("catalog/products.ndjson", sha, PRODUCTS.length())));
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("catalog/products.ndjson"));
            zip.write(stored.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(ArchiveLayout.MANIFEST));
            zip.write(new ObjectMapper().writeValueAsBytes(manifest));
            if (extraEntry) {
                zip.putNextEntry(new ZipEntry("catalog/extra.ndjson"));
                zip.write("{}\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }
}
