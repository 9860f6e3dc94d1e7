package shop.dozo.launcher.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import shop.dozo.backing.MariaDbServer;

/**
 * Rebuilds the shop's databases from the off-site bucket alone: the newest full backup before the target time,
 * then the archived binary logs replayed up to that time.
 */
public final class PointInTimeRestore {
    private static final DateTimeFormatter BINLOG_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public record Report(FullBackup.Info fullBackup, List<String> binlogsReplayed, Instant target) {
    }

    private final ObjectStore offsite;
    private final Path workDir;

    public PointInTimeRestore(ObjectStore offsite, Path workDir) {
        this.offsite = offsite;
        this.workDir = workDir;
    }

    /** Restores into a running, empty server whose service users already exist. */
    public Report restoreInto(MariaDbServer database, Instant target) {
        FullBackup.Info full = FullBackup.latest(offsite, target);
        try {
            Files.createDirectories(workDir);
            Path dump = workDir.resolve("restore.sql.gz");
            offsite.download(full.key(), dump);
            verifyChecksum(dump, full.sha256());
            try (InputStream sql = new GZIPInputStream(Files.newInputStream(dump))) {
                runFeeding(database.clientCommand("mariadb"), database, sql, "loading the full backup");
            }
            Files.delete(dump);
            List<Path> binlogs = downloadBinlogsFrom(full);
            if (!binlogs.isEmpty()) {
                replay(database, full, binlogs, target);
            }
            List<String> names = binlogs.stream().map(path -> path.getFileName().toString()).toList();
            for (Path binlog : binlogs) {
                Files.deleteIfExists(binlog);
            }
            return new Report(full, names, target);
        } catch (IOException e) {
            throw new UncheckedIOException("The restore failed: " + e.getMessage(), e);
        }
    }

    private List<Path> downloadBinlogsFrom(FullBackup.Info full) {
        String prefix = BinlogArchiver.prefix(full.timeline());
        List<Path> files = new ArrayList<>();
        for (String key : offsite.list(prefix)) {
            String name = key.substring(prefix.length());
            if (name.compareTo(full.binlogFile()) >= 0) {
                Path file = workDir.resolve(name);
                offsite.download(key, file);
                files.add(file);
            }
        }
        return files;
    }

    private void replay(MariaDbServer database, FullBackup.Info full, List<Path> binlogs, Instant target)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(binlogTool(), "--start-position=" + full.binlogPosition(),
                "--stop-datetime=" + BINLOG_TIME.format(target)));
        if (!binlogs.get(0).getFileName().toString().equals(full.binlogFile())) {
            throw new IllegalStateException("The binary log " + full.binlogFile() + " that continues the full backup "
                    + full.key() + " is missing off-site; the restore would have a gap. Restore without --to to the backup alone is not offered.");
        }
        binlogs.forEach(binlog -> command.add(binlog.toString()));
        ProcessBuilder decoder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        decoder.environment().put("TZ", "UTC");
        Process process = decoder.start();
        try (InputStream sql = process.getInputStream()) {
            runFeeding(database.clientCommand("mariadb"), database, sql, "replaying the binary logs");
        }
        waitOk(process, "mariadb-binlog");
        if (process.exitValue() != 0) {
            throw new IllegalStateException("mariadb-binlog could not read the archived binary logs (exit "
                    + process.exitValue() + "); the databases hold the full backup only.");
        }
    }

    /** Debian's mariadb-client provides it (apt-get install mariadb-client); the server jar does not. */
    static String binlogTool() {
        for (String candidate : List.of("mariadb-binlog", "mysqlbinlog")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                if (Files.isExecutable(Path.of(dir, candidate))) {
                    return Path.of(dir, candidate).toString();
                }
            }
        }
        throw new IllegalStateException("mariadb-binlog is not installed; point-in-time restore needs it: "
                + "apt-get install mariadb-client");
    }

    /** Feeds SQL to the mariadb client; its messages go to a log file that the error quotes. */
    private void runFeeding(List<String> command, MariaDbServer database, InputStream input, String what)
            throws IOException {
        Path log = workDir.resolve("mariadb-client.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(database.clientEnv());
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            input.transferTo(stdin);
        }
        waitOk(process, what);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(what + " failed: " + Files.readString(log));
        }
    }

    private static void waitOk(Process process, String what) {
        try {
            if (!process.waitFor(60, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(what + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + what, e);
        }
    }

    private static void verifyChecksum(Path file, String expected) throws IOException {
        MessageDigest sha = FullBackup.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        String actual = HexFormat.of().formatHex(sha.digest());
        if (!actual.equals(expected)) {
            throw new IllegalStateException("The full backup " + file.getFileName() + " is damaged (SHA-256 " + actual
                    + ", expected " + expected + "); nothing was restored from it.");
        }
    }
}
