package shop.dozo.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
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
import shop.dozo.launcher.backup.PidFiles;
import shop.dozo.launcher.backup.PointInTimeRestore;
import shop.dozo.launcher.backup.RestoreJournal;
import shop.dozo.launcher.backup.StagedRestore;

/**
 * {@code ./dozo drill}: the "host lost everything" drill. Takes the shop down, records every table and media
 * checksum, rebuilds the databases and the media bucket from the off-site store alone (the newest full backup plus
 * archived binlogs) in a staging folder, compares, and brings the shop back up on its own, untouched data. A failed
 * drill says loudly what broke and still leaves the shop running as it was.
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
        DataSnapshot before;
        try {
            report.add("last archive pass: " + backups.archive());
            before = DataSnapshot.take(stack.database(), backups.databases(), backups.media());
        } catch (RuntimeException e) {
            bringTheShopBack();
            throw new IllegalStateException("The drill could not start: " + e.getMessage()
                    + "\nNothing was changed, and the shop is running again on its own data.", e);
        }
        pids.stop(name -> true);

        // The shop's folders stand for what the host lost: the restore reads only the off-site store and builds
        // its copy beside them, so whatever happens the shop comes back exactly as it was.
        StagedRestore staged = new StagedRestore(stack);
        RestoreJournal journal = RestoreJournal.begin(config.home(), "drill", null);
        Instant restoreStarted = Instant.now();
        DataSnapshot[] after = new DataSnapshot[1];
        List<String> lost;
        try {
            PointInTimeRestore.Report restored = staged.build(journal, null,
                    (database, media) -> after[0] = DataSnapshot.take(database, backups.databases(), media));
            report.add("restored from the off-site store alone in "
                    + Duration.between(restoreStarted, Instant.now()).toSeconds() + " s: "
                    + restored.fullBackup().key() + " + " + restored.binlogsReplayed().size() + " binary log(s)"
                    + (restored.manifestChecked() ? ", every table matching the full backup's manifest" : "")
                    + " (" + journal.timings() + ")");
            lost = before.differencesIn(after[0]);
            report.add(String.format("compared %d tables (%d rows) and %d media objects: %s", before.tables().size(),
                    before.totalRows(), before.media().size(), lost.isEmpty() ? "100 % restored, nothing lost"
                            : lost.size() + " difference(s)"));
            lost.forEach(line -> report.add("  LOST: " + line));
            if (lost.isEmpty()) {
                staged.discard();
            } else {
                report.add("the restored copy is kept for inspection in "
                        + staged.keep("drill-failed-" + Instant.now().getEpochSecond()));
            }
        } catch (RuntimeException e) {
            journal.finish();
            bringTheShopBack();
            throw new IllegalStateException("The drill FAILED: the restore from the off-site store broke at step '"
                    + journal.entry().step() + "': " + e.getMessage() + "\nThe shop's own data was never touched, and "
                    + "the shop is running again on it, exactly as before the drill. Fix the cause (the message above) "
                    + "and run ./dozo drill again.", e);
        }
        journal.finish();
        bringTheShopBack();
        report.add("shop is up again on its own data; the whole drill took "
                + Duration.between(started, Instant.now()).toSeconds() + " s");
        if (lost.isEmpty()) {
            new Backups(new LocalStack(config.settings(true))).recordSuccess("lastDrill", "last-drill", Instant.now(),
                    "100 % restored: " + before.tables().size() + " tables, " + before.totalRows() + " rows, "
                            + before.media().size() + " media objects");
        }
        print(report);
        return lost.isEmpty() ? 0 : 1;
    }

    private void bringTheShopBack() {
        new PidFiles(config.runDir()).stop(name -> true);
        new UpCommand(config, new PrintStream(OutputStream.nullOutputStream())).run();
    }

    /**
     * The drill restores from the newest full backup, which must be one of the shop's own data folder: right after
     * a restore the archiver may still be taking it, and an older folder's backup would lack every later order.
     */
    private FullBackup.Info latestOrNewFullBackup(Backups backups) {
        return backups.firstFullBackupIfMissing()
                .orElseGet(() -> FullBackup.latest(backups.offsite(true), Instant.now()));
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
