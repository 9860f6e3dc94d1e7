package shop.dozo.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import shop.dozo.backing.LocalStack;
import shop.dozo.launcher.backup.Backups;
import shop.dozo.launcher.backup.DataSnapshot;
import shop.dozo.launcher.backup.FullBackup;
import shop.dozo.launcher.backup.PointInTimeRestore;

/**
 * {@code ./dozo drill}: the "host lost everything" drill. Takes the shop down, records every table and media
 * checksum, removes the databases and the media bucket from this machine, rebuilds them from the off-site store
 * alone (the newest full backup plus archived binlogs), compares, and brings the shop back up.
 */
final class DrillCommand {
    private static final Set<String> BACKING = Set.of("mariadb", "s3", "offsite-s3");

    private final StackConfig config;
    private final PrintStream out;

    DrillCommand(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    int run() {
        PidFiles pids = new PidFiles(config.runDir());
        if (pids.running().isEmpty()) {
            throw new IllegalStateException("Dozo is not running; the drill runs on a live shop (./dozo up first).");
        }
        Instant started = Instant.now();
        LocalStack stack = new LocalStack(config.settings(false));
        Backups backups = new Backups(stack);
        List<String> report = new ArrayList<>();

        FullBackup.Info full = latestOrNewFullBackup(backups);
        report.add("full backup used: " + full.key() + " taken " + full.takenAt());
        pids.stop(name -> !BACKING.contains(name));
        report.add("last archive pass: " + backups.archive());
        DataSnapshot before = DataSnapshot.take(stack.database(), backups.databases(), backups.media());
        pids.stop(name -> true);

        Path quarantine = moveAside(List.of("mariadb", "s3"));
        report.add("primary databases and media bucket removed from this machine (kept aside in " + quarantine + ")");
        Instant restoreStarted = Instant.now();
        PointInTimeRestore.Report restored = backups.restore(Instant.now());
        report.add("restored from the off-site store in " + Duration.between(restoreStarted, Instant.now()).toSeconds()
                + " s: " + restored.fullBackup().key() + " + " + restored.binlogsReplayed().size() + " binary log(s)");

        DataSnapshot after = snapshotRestored(stack, backups);
        List<String> lost = before.differencesIn(after);
        report.add(String.format("compared %d tables (%d rows) and %d media objects: %s", before.tables().size(),
                before.totalRows(), before.media().size(), lost.isEmpty() ? "100 % restored, nothing lost"
                        : lost.size() + " difference(s)"));
        lost.forEach(line -> report.add("  LOST: " + line));

        new UpCommand(config, new PrintStream(OutputStream.nullOutputStream())).run();
        report.add("shop is up again; the whole drill took " + Duration.between(started, Instant.now()).toSeconds() + " s");
        if (lost.isEmpty()) {
            new Backups(new LocalStack(config.settings(true))).recordSuccess("lastDrill", "last-drill", Instant.now(),
                    "100 % restored: " + before.tables().size() + " tables, " + before.totalRows() + " rows, "
                            + before.media().size() + " media objects");
        }
        print(report);
        return lost.isEmpty() ? 0 : 1;
    }

    private FullBackup.Info latestOrNewFullBackup(Backups backups) {
        try {
            return FullBackup.latest(backups.offsite(true), Instant.now());
        } catch (IllegalStateException noBackupYet) {
            return backups.full();
        }
    }

    private DataSnapshot snapshotRestored(LocalStack stack, Backups backups) {
        Path logs = config.home().resolve("logs");
        var database = stack.database();
        var media = stack.mediaS3();
        database.start(logs.resolve("mariadb-drill.log"), false);
        media.start(logs.resolve("s3-drill.log"), false);
        try {
            return DataSnapshot.take(database, backups.databases(), backups.media());
        } finally {
            media.stop();
            database.stop();
        }
    }

    private Path moveAside(List<String> folders) {
        Path quarantine = config.home().resolve("drill-quarantine-" + Instant.now().getEpochSecond());
        try {
            Files.createDirectories(quarantine);
            for (String folder : folders) {
                if (Files.exists(config.home().resolve(folder))) {
                    Files.move(config.home().resolve(folder), quarantine.resolve(folder));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the primary data aside: " + e.getMessage(), e);
        }
        return quarantine;
    }

    private void print(List<String> report) {
        StringBuilder text = new StringBuilder("Drill report (" + Instant.now() + ")\n");
        report.forEach(line -> text.append("- ").append(line).append('\n'));
        out.print(text);
        try {
            Path dir = Files.createDirectories(config.home().resolve("drill-reports"));
            Files.writeString(dir.resolve(Instant.now().getEpochSecond() + ".txt"), text);
        } catch (IOException e) {
            out.println("(could not save the report: " + e.getMessage() + ")");
        }
    }
}
