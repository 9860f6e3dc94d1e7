package shop.dozo.launcher.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.S3Server;

/** Backups of the local stack to its off-site S3 server, and restores from there alone. */
public final class Backups {
    private final LocalStack stack;

    public Backups(LocalStack stack) {
        this.stack = stack;
    }

    public ObjectStore offsite(boolean create) {
        S3Server backup = stack.backupS3();
        return ObjectStore.open(new ObjectStore.Location(backup.endpoint(), backup.accessKey(), backup.secretKey(),
                LocalStack.BACKUP_BUCKET), create);
    }

    public ObjectStore media() {
        return mediaAt(stack.mediaS3());
    }

    public List<String> databases() {
        return stack.settings().services().stream().map(LocalStack::databaseName).filter(Objects::nonNull).toList();
    }

    /** A full backup plus everything new since: the binlogs and the media. The shop keeps running. */
    public FullBackup.Info full() {
        try (FolderLock lock = FolderLock.take(workDir().resolve("full-backup.lock"))) {
            return fullWhileLocked();
        }
    }

    /**
     * The first full backup of the shop's data folder, unless it has one. The archiver and the drill may both
     * want it right after a restore; the lock makes the second wait for the first and then find it there.
     */
    public java.util.Optional<FullBackup.Info> firstFullBackupIfMissing() {
        try (FolderLock lock = FolderLock.take(workDir().resolve("full-backup.lock"))) {
            return hasFullBackupOfThisFolder() ? java.util.Optional.empty()
                    : java.util.Optional.of(fullWhileLocked());
        }
    }

    private FullBackup.Info fullWhileLocked() {
        ObjectStore offsite = offsite(true);
        FullBackup.Info info = FullBackup.take(stack.database(), databases(), offsite, workDir());
        archive(offsite);
        recordSuccess("lastFullBackup", "last-full-backup", Instant.parse(info.takenAt()), info.key());
        return info;
    }

    /** Whether binlogs of the shop's data folder have a full backup to continue (see {@link Timeline}). */
    public boolean hasFullBackupOfThisFolder() {
        return FullBackup.existsFor(offsite(true), Timeline.of(stack.database().dataDir()));
    }

    /** One archiving pass: closed binlogs and new media go off-site. */
    public String archive() {
        return archive(offsite(true));
    }

    private String archive(ObjectStore offsite) {
        List<String> binlogs = new BinlogArchiver(stack.database(), offsite).archiveOnce();
        int media = MediaMirror.copyNew(media(), offsite);
        String summary = binlogs.size() + " binary log(s) and " + media + " media object(s) sent off-site";
        recordSuccess("lastArchive", "last-archive", Instant.now(), summary);
        return summary;
    }

    /**
     * Rebuilds the databases and the media bucket from the off-site bucket, in a staging folder first; only a copy
     * that passed every check replaces the shop's folders, and the previous ones are moved aside, never deleted.
     * The shop must be stopped.
     *
     * @param target the moment to restore to, or null for everything archived
     */
    public Restored restore(Instant target) {
        StagedRestore staged = new StagedRestore(stack);
        RestoreJournal journal = RestoreJournal.begin(stack.settings().home(), "restore", target);
        PointInTimeRestore.Report report;
        try {
            report = staged.build(journal, target, (database, media) -> {});
        } catch (RuntimeException e) {
            String failedAt = journal.entry().step();
            if (Files.exists(stack.settings().home().resolve("mariadb"))) {
                journal.finish(); // nothing changed, and the shop can start on its own data again
            } else {
                journal.step("failed"); // no data here at all: up must not start an empty shop in its place
            }
            throw new RestoreFailed(failedAt, e);
        }
        Path kept = staged.swapIn(journal);
        return new Restored(report, kept, journal.timings());
    }

    /** A restore that was put in place, and where the data it replaced was kept. */
    public record Restored(PointInTimeRestore.Report report, Path keptAside, String stepTimings) {
    }

    /** A restore that failed at a step; nothing of the shop's was changed. */
    public static final class RestoreFailed extends IllegalStateException {
        private final String step;

        RestoreFailed(String step, RuntimeException cause) {
            super(cause.getMessage(), cause);
            this.step = step;
        }

        public String step() {
            return step;
        }
    }

    public ObjectStore mediaAt(S3Server media) {
        return ObjectStore.open(new ObjectStore.Location(media.endpoint(), media.accessKey(), media.secretKey(),
                LocalStack.MEDIA_BUCKET), true);
    }

    /**
     * Notes a success in the stack's folder and tells content-service, where staff see it. The shop may be down
     * (during a drill, say); then the local note is enough and the next success reports again.
     */
    public void recordSuccess(String localName, String apiName, Instant at, String detail) {
        BackupStatus.in(stack.settings().home()).record(localName, at);
        if (!stack.settings().services().contains("content-service")) {
            return;
        }
        try {
            String body = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                    .put("at", at.toString()).put("detail", detail.length() > 500 ? detail.substring(0, 500) : detail)
                    .toString();
            new shop.dozo.backing.ShopApi(stack.ownerToken())
                    .put(stack.url("content-service") + "/api/staff/operations/" + apiName, body);
        } catch (RuntimeException unreachable) {
            // Reported next time; the local status file has it.
        }
    }

    /** Where backups and restores keep their temporary files. */
    Path workDir() {
        return stack.settings().home().resolve("backup-work");
    }

    /** How often the archiver runs while the shop is up: well under the 60 s recovery promise. */
    public static final Duration ARCHIVE_EVERY = Duration.ofSeconds(30);
}
