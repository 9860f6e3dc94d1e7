package shop.dozo.launcher.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import shop.dozo.backing.ShopApi;
import shop.dozo.launcher.backup.Tuning;

/**
 * Puts an archive back into a shop through the services' import endpoints, keeping ids, timestamps and
 * revisions. The archive is verified completely first, so a damaged one writes nothing; every import endpoint
 * upserts by id, so an interrupted import can simply be run again.
 */
public final class ArchiveImporter {
    /** Tables whose rows make a shop "not empty" for the safety check. */
    private static final List<ArchiveLayout.Table> CONTENT_MARKERS = List.of(
            new ArchiveLayout.Table("catalog-service", "products"), new ArchiveLayout.Table("content-service", "media"),
            new ArchiveLayout.Table("cart-service", "orders"), new ArchiveLayout.Table("review-service", "reviews"));

    /** Rows per request; DOZO_IMPORT_PART_ROWS lowers it (the tests split a small shop into many parts). */
    static final int PART_ROWS = partRows();
    static final int PART_BYTES = 4 * 1024 * 1024;

    private final ShopEndpoints shop;
    private final ShopApi http;
    private final PrintStream progress;

    public ArchiveImporter(ShopEndpoints shop, PrintStream progress) {
        this.shop = shop;
        this.http = new ShopApi(shop.token(), ArchiveLayout.CALL_TIMEOUT);
        this.progress = progress;
    }

    public Map<String, Long> importFrom(Path archive, boolean intoNonEmptyShop) {
        ArchiveVerifier.Result verified = ArchiveVerifier.verify(archive);
        if (!verified.ok()) {
            throw new IllegalStateException("The archive is refused, nothing was written: "
                    + String.join("; ", verified.problems()));
        }
        if (!intoNonEmptyShop) {
            requireEmptyShop();
        }
        Map<String, Long> imported = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ArchiveLayout.Table table : ArchiveLayout.TABLES) {
                if (table.equals(ArchiveLayout.MEDIA_MANIFEST)) {
                    imported.put("media", (long) uploadMedia(zip, verified.manifest()));
                }
                ZipEntry entry = zip.getEntry(table.path());
                if (entry != null) {
                    post(zip, entry, table);
                    long rows = verified.manifest().counts().getOrDefault(table.path().replace(".ndjson", ""), 0L);
                    imported.put(table.path(), rows);
                    progress.println("  " + table.path() + ": " + rows + " rows");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the archive: " + e.getMessage(), e);
        }
        return imported;
    }

    private void requireEmptyShop() {
        for (ArchiveLayout.Table marker : CONTENT_MARKERS) {
            try (InputStream body = http.open(shop.url(marker.service()) + "/api/staff/export/" + marker.entity())) {
                if (body.read() >= 0) {
                    throw new IllegalStateException("The shop is not empty (" + marker.path().replace(".ndjson", "")
                            + " has rows). Import into an empty shop, or pass --into-non-empty to merge by id.");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Sends a table in parts of at most {@link #PART_ROWS} lines and {@link #PART_BYTES} bytes: well under the
     * services' request-size limit (10 MB), and a transaction size a Galera cluster takes in its stride. Each part
     * is upserted by id, so an import cut off after any part is completed by running it again.
     */
    private void post(ZipFile zip, ZipEntry entry, ArchiveLayout.Table table) throws IOException {
        String url = shop.url(table.service()) + "/api/staff/import/" + table.entity();
        java.io.ByteArrayOutputStream part = new java.io.ByteArrayOutputStream();
        int rows = 0;
        try (java.io.BufferedReader lines = new java.io.BufferedReader(
                new java.io.InputStreamReader(open(zip, entry), java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                part.write(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                part.write('\n');
                if (++rows == PART_ROWS || part.size() >= PART_BYTES) {
                    sendPart(url, part);
                    rows = 0;
                }
            }
        }
        if (part.size() > 0) {
            sendPart(url, part);
        }
    }

    private static int partRows() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, Tuning.wholeNumber("DOZO_IMPORT_PART_ROWS", 5_000)));
    }

    private void sendPart(String url, java.io.ByteArrayOutputStream part) {
        http.send("POST", url, "application/x-ndjson", HttpRequest.BodyPublishers.ofByteArray(part.toByteArray()));
        part.reset();
    }

    private int uploadMedia(ZipFile zip, Manifest manifest) {
        int uploaded = 0;
        for (Manifest.Entry entry : manifest.entries()) {
            if (entry.path().startsWith(ArchiveLayout.MEDIA_DIR)) {
                String id = entry.path().substring(ArchiveLayout.MEDIA_DIR.length());
                ZipEntry zipEntry = zip.getEntry(entry.path());
                http.send("PUT", shop.url("content-service") + "/api/staff/import/media/" + id,
                        "application/octet-stream",
                        HttpRequest.BodyPublishers.ofInputStream(() -> open(zip, zipEntry)));
                uploaded++;
            }
        }
        progress.println("  media: " + uploaded + " originals");
        return uploaded;
    }

    private static InputStream open(ZipFile zip, ZipEntry entry) {
        try {
            return zip.getInputStream(entry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
