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
    private Timeline() {
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
