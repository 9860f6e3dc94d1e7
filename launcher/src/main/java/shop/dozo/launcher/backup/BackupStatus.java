package shop.dozo.launcher.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** When the last backup, archive pass and drill succeeded, kept in the stack's home as backup-status.json. */
public final class BackupStatus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    private BackupStatus(Path file) {
        this.file = file;
    }

    public static BackupStatus in(Path home) {
        return new BackupStatus(home.resolve("backup-status.json"));
    }

    public synchronized void record(String what, Instant when) {
        try {
            ObjectNode status = read();
            status.put(what, when.toString());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(status));
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Instant> last(String what) {
        String value = read().path(what).asText("");
        return value.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(value));
    }

    private ObjectNode read() {
        try {
            return Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
