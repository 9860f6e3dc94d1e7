package shop.dozo.launcher.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import shop.dozo.backing.ShopApi;

/**
 * Writes the whole shop into one ZIP the owner keeps on their own disk: every table as NDJSON from its service's
 * export endpoint, every media original, and a manifest with each entry's SHA-256 and row count.
 */
public final class ArchiveWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ShopEndpoints shop;
    private final ShopApi http;
    private final PrintStream progress;
    private final List<Manifest.Entry> entries = new ArrayList<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    public ArchiveWriter(ShopEndpoints shop, PrintStream progress) {
        this.shop = shop;
        this.http = new ShopApi(shop.token(), ArchiveLayout.CALL_TIMEOUT);
        this.progress = progress;
    }

    /** Writes to a temporary file first: a half-written archive never carries the final name. */
    public Manifest write(Path target, String source) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            for (ArchiveLayout.Table table : ArchiveLayout.TABLES) {
                long rows = copyTable(zip, table);
                counts.put(table.path().replace(".ndjson", ""), rows);
                progress.println("  " + table.path() + ": " + rows + " rows");
            }
            int media = copyMedia(zip);
            counts.put("media", (long) media);
            progress.println("  media: " + media + " originals");
            Manifest manifest =
                    new Manifest(ArchiveLayout.FORMAT, ArchiveLayout.FORMAT_VERSION, Instant.now().toString(),
                            source, counts, entries);
            zip.putNextEntry(new ZipEntry(ArchiveLayout.MANIFEST));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            zip.close();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the archive " + target + ": " + e.getMessage(), e);
        } finally {
            partial.toFile().delete();
        }
    }

    private long copyTable(ZipOutputStream zip, ArchiveLayout.Table table) throws IOException {
        String url = shop.url(table.service()) + "/api/staff/export/" + table.entity();
        try (InputStream body = http.open(url)) {
            return addEntry(zip, table.path(), body, true);
        }
    }

    /** Media bytes come from the public media endpoint and must hash to their id, or the export stops. */
    private int copyMedia(ZipOutputStream zip) throws IOException {
        List<String> ids = mediaIds();
        for (String id : ids) {
            try (InputStream body = http.open(shop.url("content-service") + "/api/media/" + id)) {
                String path = ArchiveLayout.MEDIA_DIR + id;
                addEntry(zip, path, body, false);
                String sha = entries.get(entries.size() - 1).sha256();
                if (!sha.equals(id)) {
                    throw new IllegalStateException("Media " + id + " came back with SHA-256 " + sha
                            + "; refusing to write a damaged archive.");
                }
            }
        }
        return ids.size();
    }

    private List<String> mediaIds() throws IOException {
        List<String> ids = new ArrayList<>();
        try (InputStream body = http.open(shop.url("content-service") + "/api/staff/export/media")) {
            for (String line : new String(body.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode media = JSON.readTree(line);
                    ids.add(media.hasNonNull("sha256") ? media.get("sha256").asText() : media.path("id").asText());
                }
            }
        }
        return ids;
    }

    private long addEntry(ZipOutputStream zip, String path, InputStream body, boolean countLines) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest sha = sha256();
        long bytes = 0;
        long lines = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            zip.write(buffer, 0, read);
            sha.update(buffer, 0, read);
            bytes += read;
            if (countLines) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        zip.closeEntry();
        entries.add(new Manifest.Entry(path, HexFormat.of().formatHex(sha.digest()), bytes));
        return lines;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copy(InputStream in, OutputStream out) throws IOException {
        in.transferTo(out);
    }
}
