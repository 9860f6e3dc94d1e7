package shop.dozo.launcher.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import shop.dozo.backing.Folders;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.MariaDbServer;
import shop.dozo.backing.S3Server;

/**
 * A restore that can fail at any moment without harm: it builds the databases and the media bucket from the
 * off-site store in {@code <home>/restore-staging/}, checks them there, and only then swaps them in for the shop's
 * folders ({@code mariadb/}, {@code s3/}), moving the previous ones aside. Until the swap the shop's data is never
 * touched; the swap itself is journaled, so an interrupted one is finished or rolled back, never left half-done.
 */
public final class StagedRestore {
    static final List<String> DATA_FOLDERS = List.of("mariadb", "s3");

    /** Looks at the restored copy while its servers still run (the drill compares it with the shop). */
    public interface Inspection {
        void inspect(MariaDbServer database, ObjectStore media);
    }

    private final LocalStack stack;
    private final Backups backups;
    private final Path home;

    public StagedRestore(LocalStack stack) {
        this.stack = stack;
        this.backups = new Backups(stack);
        this.home = stack.settings().home();
    }

    public Path staging() {
        return home.resolve("restore-staging");
    }

    /**
     * Builds a checked copy in the staging folder. On any failure the copy is removed and the error says at which
     * step; the shop's own folders are untouched either way.
     *
     * @param target the moment to restore to, or null for everything archived
     */
    public PointInTimeRestore.Report build(RestoreJournal journal, Instant target, Inspection inspection) {
        clearLeftovers();
        Path logs = home.resolve("logs");
        PidFiles helpers = helpers();
        S3Server offsiteServer = stack.backupS3();
        MariaDbServer database = stack.databaseIn(staging().resolve("mariadb")).withOptions(MariaDbServer.BULK_LOAD);
        S3Server mediaServer = stack.mediaS3In(staging().resolve("s3"));
        boolean built = false;
        try {
            journal.step("start-servers");
            helpers.write(0, "offsite-s3", offsiteServer.start(logs.resolve("offsite-s3.log"), false).pid());
            ObjectStore offsite = backups.offsite(false);
            FullBackup.latest(offsite, target == null ? Instant.now() : target);
            helpers.write(1, "mariadb", database.start(logs.resolve("mariadb-restore.log"), false).pid());
            helpers.write(2, "s3", mediaServer.start(logs.resolve("s3-restore.log"), false).pid());
            for (String name : backups.databases()) {
                database.createDatabase(name, name, stack.secrets().get("db." + serviceOf(name) + ".password"));
            }
            PointInTimeRestore.Report report = new PointInTimeRestore(offsite, backups.workDir(), journal::step)
                    .restoreInto(database, target);
            journal.step("restore-media");
            ObjectStore media = backups.mediaAt(mediaServer);
            MediaMirror.verifyRestored(offsite, media, MediaMirror.restore(offsite, media));
            journal.step("inspect");
            inspection.inspect(database, media);
            Timeline.markRestored(database.dataDir(), report.fullBackup().key() + " + "
                    + report.binlogsReplayed().size() + " binary log(s), to "
                    + (target == null ? "the newest archived moment" : target));
            built = true;
            return report;
        } finally {
            stopQuietly(mediaServer, database, offsiteServer);
            helpers.stop(name -> true);
            if (!built) {
                Folders.deleteTree(staging());
            }
        }
    }

    /**
     * Puts the built copy in place of the shop's folders; the previous ones are moved to {@code kept-before-restore-*}.
     *
     * @return where the previous data was kept
     */
    public Path swapIn(RestoreJournal journal) {
        Path kept = home.resolve("kept-before-restore-" + Instant.now().getEpochSecond());
        journal.swapping(kept);
        rollForward(journal, kept);
        journal.finish();
        return kept;
    }

    /** Removes the built copy (the drill, once it has compared it). */
    public void discard() {
        Folders.deleteTree(staging());
    }

    /** Moves the built copy to {@code name} under the home folder, for someone to look at. */
    public Path keep(String name) {
        Path kept = home.resolve(name);
        move(staging(), kept);
        return kept;
    }

    /** After a kill -9: stops the helper servers it may have left running and removes a half-built copy. */
    public void clearLeftovers() {
        helpers().stop(name -> true);
        Folders.deleteTree(staging());
    }

    /** Completes a swap that was interrupted part-way. */
    public void finishInterruptedSwap(RestoreJournal.Entry entry) {
        RestoreJournal journal = RestoreJournal.resume(home, entry);
        rollForward(journal, Path.of(entry.keptAside()));
        journal.finish();
    }

    /** Puts back the data a part-way swap had moved aside, and forgets the interrupted restore. */
    public void abandon(RestoreJournal.Entry entry) {
        helpers().stop(name -> true);
        if (entry.swapping()) {
            Path kept = Path.of(entry.keptAside());
            for (String folder : DATA_FOLDERS) {
                if (Files.exists(kept.resolve(folder))) {
                    if (Files.exists(home.resolve(folder))) {
                        move(home.resolve(folder), staging().resolve(folder));
                    }
                    move(kept.resolve(folder), home.resolve(folder));
                }
            }
        }
        Folders.deleteTree(staging());
        RestoreJournal.resume(home, entry).finish();
    }

    private void rollForward(RestoreJournal journal, Path kept) {
        for (String folder : DATA_FOLDERS) {
            Path restored = staging().resolve(folder);
            if (!Files.exists(restored)) {
                continue; // moved in before the interruption
            }
            if (Files.exists(home.resolve(folder))) {
                move(home.resolve(folder), kept.resolve(folder));
            }
            journal.step("swap-" + folder);
            move(restored, home.resolve(folder));
        }
        Folders.deleteTree(staging());
    }

    private PidFiles helpers() {
        return new PidFiles(home.resolve("restore-run"));
    }

    private static String serviceOf(String databaseName) {
        return databaseName.substring("dozo_".length()) + "-service";
    }

    private static void stopQuietly(S3Server media, MariaDbServer database, S3Server offsite) {
        media.stop();
        database.stop();
        offsite.stop();
    }

    private static void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
