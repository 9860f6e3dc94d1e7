package shop.dozo.launcher.archive;

import java.util.List;
import java.util.Map;

/** The archive's table of contents: every entry with its SHA-256, so damage is found before anything is written. */
public record Manifest(String format, int formatVersion, String createdAt, String source, Map<String, Long> counts,
        List<Entry> entries) {

    public record Entry(String path, String sha256, long bytes) {
    }
}
