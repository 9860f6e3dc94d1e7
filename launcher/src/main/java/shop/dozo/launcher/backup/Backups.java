package shop.dozo.launcher.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.MariaDbServer;
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
        S3Server media = stack.mediaS3();
        return ObjectStore.open(new ObjectStore.Location(media.endpoint(), media.accessKey(), media.secretKey(),
                LocalStack.MEDIA_BUCKET), true);
    }

    public List<String> databases() {
        return stack.settings().services().stream().map(LocalStack::databaseName).filter(Objects::nonNull).toList();
    }

    /** A full backup plus everything new since: the binlogs and the media. The shop keeps running. */
    public FullBackup.Info full() {
        ObjectStore offsite = offsite(true);
        FullBackup.Info info = FullBackup.take(stack.database(), databases(), offsite, workDir());
        archive(offsite);
        recordSuccess("lastFullBackup", "last-full-backup", Instant.parse(info.takenAt()), info.key());
        return info;
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
     * Rebuilds the databases and the media bucket from the off-site bucket. The shop must be stopped. What was
     * there before is moved aside, never deleted: a restore must not be able to lose anything either.
     */
    public PointInTimeRestore.Report restore(Instant target) {
        ObjectStore offsite;
        S3Server backupServer = stack.backupS3();
        S3Server mediaServer = stack.mediaS3();
        Path logs = stack.settings().home().resolve("logs");
        backupServer.start(logs.resolve("offsite-s3.log"), false);
        try {
            offsite = offsite(false);
            FullBackup.latest(offsite, target);
            moveAside(stack.settings().home().resolve("mariadb"));
            MariaDbServer database = stack.database();
            database.start(logs.resolve("mariadb-restore.log"), false);
            mediaServer.start(logs.resolve("s3-restore.log"), false);
            try {
                for (String name : databases()) {
                    database.createDatabase(name, name, stack.secrets().get("db." + serviceOf(name) + ".password"));
                }
                PointInTimeRestore.Report report = new PointInTimeRestore(offsite, workDir()).restoreInto(database, target);
                MediaMirror.restore(offsite, media());
                return report;
            } finally {
                mediaServer.stop();
                database.stop();
            }
        } finally {
            backupServer.stop();
        }
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

    private static String serviceOf(String databaseName) {
        return databaseName.substring("dozo_".length()) + "-service";
    }

    private Path workDir() {
        return stack.settings().home().resolve("backup-work");
    }

    private static void moveAside(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        Path aside = dir.resolveSibling(dir.getFileName() + ".before-restore-" + Instant.now().getEpochSecond());
        try {
            Files.move(dir, aside);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + dir + " aside: " + e.getMessage(), e);
        }
    }

    /** How often the archiver runs while the shop is up: well under the 60 s recovery promise. */
    public static final Duration ARCHIVE_EVERY = Duration.ofSeconds(30);
}
