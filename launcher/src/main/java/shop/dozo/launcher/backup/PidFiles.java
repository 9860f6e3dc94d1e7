package shop.dozo.launcher.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Which processes {@code ./dozo up} started, so {@code ./dozo down} can stop them in the right order. */
public final class PidFiles {
    public record Entry(int order, String name, long pid) {
    }

    private final Path dir;

    public PidFiles(Path dir) {
        this.dir = dir;
    }

    public void write(int order, String name, long pid) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(String.format("%02d-%s.pid", order, name)), Long.toString(pid));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Recorded processes that are still alive, in start order. */
    public List<Entry> running() {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return entries;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).sorted().toList()) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(3, fileName.length() - 4);
                long pid = Long.parseLong(Files.readString(file).trim());
                if (ProcessHandle.of(pid).map(process -> isOurs(process, name)).orElse(false)) {
                    entries.add(new Entry(Integer.parseInt(fileName.substring(0, 2)), name, pid));
                } else {
                    Files.delete(file);
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("The run folder " + dir + " is damaged (" + e.getMessage()
                    + "). Stop any leftover java/mariadbd processes and delete that folder.", e);
        }
        return entries;
    }

    /** A pid can be reused after a reboot: only a live process that runs our program counts. */
    private boolean isOurs(ProcessHandle process, String name) {
        String home = dir.getParent().toString();
        return process.isAlive() && process.info().commandLine()
                .map(line -> line.contains(home) || line.contains("/" + name + "/"))
                .orElse(false);
    }

    Optional<ProcessHandle> handle(Entry entry) {
        return ProcessHandle.of(entry.pid());
    }

    /** Stops the recorded processes whose names match, newest first, each politely and then firmly. */
    public List<String> stop(java.util.function.Predicate<String> names) {
        List<Entry> running = new ArrayList<>(running());
        java.util.Collections.reverse(running);
        List<String> stopped = new ArrayList<>();
        for (Entry entry : running) {
            if (names.test(entry.name())) {
                handle(entry).ifPresent(process -> shop.dozo.backing.ManagedProcess.stop(process,
                        java.time.Duration.ofSeconds(30)));
                remove(entry);
                stopped.add(entry.name());
            }
        }
        return stopped;
    }

    void remove(Entry entry) {
        try {
            Files.deleteIfExists(dir.resolve(String.format("%02d-%s.pid", entry.order(), entry.name())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
