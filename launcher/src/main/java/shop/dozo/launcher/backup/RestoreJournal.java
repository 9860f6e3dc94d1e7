package shop.dozo.launcher.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code <home>/restore-in-progress.json}: a restore or drill is under way, and at which step. It outlives a
 * kill -9, so the next command knows that the staging folder is half-built, which helper processes may still run,
 * and whether the swap into place had begun.
 */
public final class RestoreJournal {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "restore-in-progress.json";
    /** The target of a restore to everything archived. */
    public static final String LATEST = "latest";

    /** @param keptAside where the swap moves the previous data; set once the swap begins */
    public record Entry(String kind, String startedAt, String target, String step, String keptAside) {
        public boolean swapping() {
            return keptAside != null;
        }
    }

    private final Path home;
    private Entry entry;
    private final java.util.LinkedHashMap<String, Instant> stepStarts = new java.util.LinkedHashMap<>();

    private RestoreJournal(Path home, Entry entry) {
        this.home = home;
        this.entry = entry;
    }

    public static Optional<Entry> read(Path home) {
        Path file = home.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Entry.class));
        } catch (IOException e) {
            // Even a torn journal means a restore was cut off; what it was doing is then unknown.
            return Optional.of(new Entry("restore", "unknown", "unknown", "unknown", null));
        }
    }

    /** @param target null for everything archived */
    public static RestoreJournal begin(Path home, String kind, Instant target) {
        RestoreJournal journal = new RestoreJournal(home, new Entry(kind, Instant.now().toString(),
                target == null ? LATEST : target.toString(), "starting", null));
        journal.write();
        return journal;
    }

    static RestoreJournal resume(Path home, Entry entry) {
        return new RestoreJournal(home, entry);
    }

    public Entry entry() {
        return entry;
    }

    /** Records the step, then gives a fault-injection test its chance to act there. */
    public void step(String step) {
        stepStarts.put(step, Instant.now());
        entry = new Entry(entry.kind(), entry.startedAt(), entry.target(), step, entry.keptAside());
        write();
        pauseIfAsked(step);
    }

    /** How long each step took so far, e.g. "load-full 95 s, replay-binlogs 12 s": where a slow restore spent it. */
    public String timings() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        java.util.List<java.util.Map.Entry<String, Instant>> steps = new java.util.ArrayList<>(stepStarts.entrySet());
        for (int i = 0; i < steps.size(); i++) {
            Instant end = i + 1 < steps.size() ? steps.get(i + 1).getValue() : Instant.now();
            parts.add(steps.get(i).getKey() + " " + Duration.between(steps.get(i).getValue(), end).toSeconds() + " s");
        }
        return String.join(", ", parts);
    }

    void swapping(Path keptAside) {
        entry = new Entry(entry.kind(), entry.startedAt(), entry.target(), "swap", keptAside.toString());
        write();
    }

    public void finish() {
        try {
            Files.deleteIfExists(home.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + home.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    private void write() {
        try {
            Files.createDirectories(home);
            Path temporary = home.resolve(FILE + ".tmp");
            Files.writeString(temporary, JSON.writeValueAsString(entry));
            Files.move(temporary, home.resolve(FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the restore journal in " + home + ": " + e.getMessage(), e);
        }
    }

    /**
     * The fault-injection hook of the tests: with {@code DOZO_FAULT_PAUSE_AT=<step>} the restore stops at that step,
     * writes {@code <home>/paused-at-<step>} and waits until the test deletes it (after killing something, say).
     */
    private void pauseIfAsked(String step) {
        if (!step.equals(System.getenv("DOZO_FAULT_PAUSE_AT"))) {
            return;
        }
        Path marker = home.resolve("paused-at-" + step);
        try {
            Files.writeString(marker, Long.toString(ProcessHandle.current().pid()));
            Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
            while (Files.exists(marker) && Instant.now().isBefore(giveUp)) {
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
