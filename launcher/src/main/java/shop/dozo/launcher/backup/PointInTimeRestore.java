package shop.dozo.launcher.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import shop.dozo.backing.MariaDbServer;

/**
 * Rebuilds the shop's databases from the off-site bucket alone: the newest full backup before the target time,
 * checked against its manifest, then the archived binary logs, checked to be a whole chain, replayed up to that
 * time. Every byte MariaDB stored comes back: the client runs in binary mode with utf8mb4 and a packet limit above
 * any row the services accept.
 */
public final class PointInTimeRestore {
    private static final DateTimeFormatter BINLOG_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** The client options for feeding a dump or decoded binlogs; the restore writes no binlog of its own. */
    private static final List<String> CLIENT_OPTIONS = List.of("--binary-mode", "--default-character-set=utf8mb4",
            "--max-allowed-packet=1G", "--init-command=SET SESSION sql_log_bin=0");

    public record Report(FullBackup.Info fullBackup, List<String> binlogsReplayed, Instant target,
            boolean manifestChecked) {
    }

    private final ObjectStore offsite;
    private final Path workDir;
    private final Consumer<String> step;

    /** @param step told the name of each step as it starts (the restore journal) */
    public PointInTimeRestore(ObjectStore offsite, Path workDir, Consumer<String> step) {
        this.offsite = offsite;
        this.workDir = workDir;
        this.step = step;
    }

    /**
     * Restores into a running, empty server whose service users already exist.
     *
     * @param target the moment to restore to (binary logs have one-second resolution), or null for all archived
     */
    public Report restoreInto(MariaDbServer database, Instant target) {
        FullBackup.Info full = FullBackup.latest(offsite, target == null ? Instant.now() : target);
        try {
            Files.createDirectories(workDir);
            Path dump = workDir.resolve("restore.sql.gz");
            step.accept("download-full");
            offsite.download(full.key(), dump);
            verifyChecksum(dump, full.sha256());
            step.accept("load-full");
            try (InputStream sql = new GZIPInputStream(Files.newInputStream(dump))) {
                feed(database, sql, "loading the full backup " + full.key());
            }
            Files.delete(dump);
            step.accept("check-full");
            boolean checked = checkAgainstManifest(database, full);
            step.accept("download-binlogs");
            List<BinlogChain.Link> chain = BinlogChain.needed(offsite, full, target);
            List<Path> binlogs = download(full, chain);
            if (!binlogs.isEmpty()) {
                step.accept("replay-binlogs");
                replay(database, full, binlogs, target);
            }
            for (Path binlog : binlogs) {
                Files.deleteIfExists(binlog);
            }
            return new Report(full, chain.stream().map(BinlogChain.Link::name).toList(), target, checked);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** The loaded databases must hold exactly the rows the backup recorded, table by table. */
    private boolean checkAgainstManifest(MariaDbServer database, FullBackup.Info full) {
        if (full.tables() == null) {
            return false; // a backup from before manifests were recorded; the drill's comparison still covers it
        }
        List<String> differences = DumpManifest.differences(full.tables(),
                FullBackup.manifestOf(database, full.databases(), workDir));
        if (!differences.isEmpty()) {
            throw new IllegalStateException("The restored databases do not match the full backup's manifest "
                    + full.key() + ": " + String.join("; ", differences.subList(0, Math.min(10, differences.size())))
                    + (differences.size() > 10 ? " (and " + (differences.size() - 10) + " more)" : ""));
        }
        return true;
    }

    private List<Path> download(FullBackup.Info full, List<BinlogChain.Link> chain) {
        List<Path> files = new ArrayList<>();
        BinlogChain.Link previous = null;
        for (BinlogChain.Link log : chain) {
            Path file = workDir.resolve(log.name());
            offsite.download(log.key(), file);
            BinlogChain.verify(offsite, full, previous, log, file);
            files.add(file);
            previous = log;
        }
        return files;
    }

    private void replay(MariaDbServer database, FullBackup.Info full, List<Path> binlogs, Instant target)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(binlogTool(), "--verify-binlog-checksum",
                "--start-position=" + full.binlogPosition()));
        if (target != null) {
            command.add("--stop-datetime=" + BINLOG_TIME.format(target));
        }
        if (!binlogs.get(0).getFileName().toString().equals(full.binlogFile())) {
            throw new IllegalStateException("The binary log " + full.binlogFile() + " that continues the full backup "
                    + full.key() + " is missing off-site; the restore would have a gap.");
        }
        binlogs.forEach(binlog -> command.add(binlog.toString()));
        Path errors = workDir.resolve("mariadb-binlog.err");
        ProcessBuilder decoder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.to(errors.toFile()));
        decoder.environment().put("TZ", "UTC");
        Process process = decoder.start();
        try (InputStream sql = process.getInputStream()) {
            feed(database, sql, "replaying the binary logs");
        } finally {
            finish(process, "mariadb-binlog");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("mariadb-binlog could not read the archived binary logs: "
                    + Files.readString(errors).strip());
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

    /**
     * Feeds SQL to the mariadb client. When the client stops early the pipe breaks; the client's own message, from
     * its log, is what explains why, so that is what the error quotes.
     */
    private void feed(MariaDbServer database, InputStream input, String what) throws IOException {
        Path log = workDir.resolve("mariadb-client.log");
        List<String> command = database.clientCommand("mariadb", CLIENT_OPTIONS.toArray(String[]::new));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(database.clientEnv());
        Process process = builder.start();
        IOException writeFailure = null;
        try (OutputStream stdin = process.getOutputStream()) {
            input.transferTo(stdin);
        } catch (IOException e) {
            writeFailure = e;
        }
        finish(process, what);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(what + " failed: mariadb said: " + Files.readString(log).strip());
        }
        if (writeFailure != null) {
            throw new UncheckedIOException(what + " failed: " + writeFailure.getMessage(), writeFailure);
        }
    }

    private static void finish(Process process, String what) {
        try {
            if (!process.waitFor(60, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(what + " did not finish in an hour");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + what, e);
        }
    }

    private static void verifyChecksum(Path file, String expected) {
        String actual = FullBackup.sha256Of(file);
        if (!actual.equals(expected)) {
            throw new IllegalStateException("The full backup " + file.getFileName() + " is damaged (SHA-256 " + actual
                    + ", expected " + expected + "); nothing was restored from it.");
        }
    }
}
