package shop.dozo.launcher.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Binary log names start again at binlog.000001 in every new data folder (after a restore, say). Archived
 * binlogs are therefore filed under the data folder's timeline id, kept in a file inside the data folder.
 */
public final class Timeline {
    private static final String RESTORED_FROM = "dozo-restored-from";

    private Timeline() {
    }

    /**
     * Notes in a data folder built by a restore what it was built from. Until its own first full backup is
     * off-site, that backup and its archived binary logs are what can bring it back.
     */
    static void markRestored(Path dataDir, String fromWhat) {
        try {
            Files.writeString(dataDir.resolve(RESTORED_FROM), fromWhat);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write into " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** What a restored data folder was built from; empty for a folder that MariaDB made itself. */
    public static java.util.Optional<String> restoredFrom(Path dataDir) {
        try {
            Path file = dataDir.resolve(RESTORED_FROM);
            return Files.exists(file) ? java.util.Optional.of(Files.readString(file).strip())
                    : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public static String of(Path dataDir) {
        Path file = dataDir.resolve("dozo-timeline");
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, UUID.randomUUID().toString().substring(0, 8));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the timeline of " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
