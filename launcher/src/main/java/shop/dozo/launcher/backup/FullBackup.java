package shop.dozo.launcher.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import shop.dozo.backing.MariaDbServer;

/**
 * A consistent full dump of the shop's databases (one transaction, so no locks on a live shop), gzipped, with
 * the binary-log position it corresponds to, stored off-site as {@code db/full/<time>.sql.gz} + {@code .json}.
 */
public final class FullBackup {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern POSITION =
            Pattern.compile("MASTER_LOG_FILE='([^']+)',\\s*MASTER_LOG_POS=(\\d+)");
    private static final DateTimeFormatter KEY_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What a full backup is: enough to find it, check it and continue from it with binlogs. */
    public record Info(String key, String takenAt, String timeline, String binlogFile, long binlogPosition,
            String sha256, long bytes, List<String> databases) {
    }

    private FullBackup() {
    }

    public static Info take(MariaDbServer database, List<String> databases, ObjectStore offsite, Path workDir) {
        Instant now = Instant.now();
        String key = "db/full/" + KEY_TIME.format(now) + ".sql.gz";
        Path dump = workDir.resolve("full-" + KEY_TIME.format(now) + ".sql.gz");
        try {
            Files.createDirectories(workDir);
            String sha256 = dump(database, databases, dump);
            String[] position = binlogPosition(dump);
            Info info = new Info(key, now.toString(), Timeline.of(database.dataDir()), position[0],
                    Long.parseLong(position[1]), sha256, Files.size(dump), databases);
            offsite.upload(key, dump);
            // The description goes last: a backup without one is incomplete and never chosen for a restore.
            offsite.putText(key.replace(".sql.gz", ".json"), JSON.writeValueAsString(info));
            return info;
        } catch (IOException e) {
            throw new UncheckedIOException("The full backup failed: " + e.getMessage(), e);
        } finally {
            dump.toFile().delete();
        }
    }

    public static boolean existsFor(ObjectStore offsite, String timeline) {
        return all(offsite).stream().anyMatch(info -> info.timeline().equals(timeline));
    }

    private static List<Info> all(ObjectStore offsite) {
        List<Info> infos = new java.util.ArrayList<>();
        for (String key : offsite.list("db/full/")) {
            if (key.endsWith(".json")) {
                try {
                    infos.add(JSON.readValue(offsite.getText(key), Info.class));
                } catch (IOException e) {
                    throw new IllegalStateException("The backup description " + key + " is damaged: " + e.getMessage(), e);
                }
            }
        }
        return infos;
    }

    /** The newest complete full backup taken at or before {@code notAfter}. */
    public static Info latest(ObjectStore offsite, Instant notAfter) {
        return all(offsite).stream()
                .filter(info -> !Instant.parse(info.takenAt()).isAfter(notAfter))
                .max(java.util.Comparator.comparing(info -> Instant.parse(info.takenAt())))
                .orElseThrow(() -> new IllegalStateException("No full backup taken before " + notAfter + " in "
                        + offsite.describe() + ". Take one with ./dozo backup."));
    }

    private static String dump(MariaDbServer database, List<String> databases, Path target) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("--single-transaction", "--flush-logs",
                "--master-data=2", "--routines", "--events", "--triggers", "--hex-blob", "--databases"));
        args.addAll(databases);
        ProcessBuilder builder = new ProcessBuilder(database.clientCommand("mariadb-dump", args.toArray(String[]::new)))
                .redirectError(ProcessBuilder.Redirect.appendTo(target.resolveSibling("mariadb-dump.err").toFile()));
        builder.environment().putAll(database.clientEnv());
        Process process = builder.start();
        MessageDigest sha = sha256();
        try (InputStream in = process.getInputStream();
                OutputStream out = new GZIPOutputStream(new DigestOutputStream(Files.newOutputStream(target), sha))) {
            in.transferTo(out);
        }
        try {
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("mariadb-dump failed: "
                        + Files.readString(target.resolveSibling("mariadb-dump.err")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String[] binlogPosition(Path dump) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dump)), StandardCharsets.UTF_8))) {
            for (int i = 0; i < 200; i++) {
                String line = reader.readLine();
                if (line == null) {
                    break;
                }
                Matcher matcher = POSITION.matcher(line);
                if (matcher.find()) {
                    return new String[] { matcher.group(1), matcher.group(2) };
                }
            }
        }
        throw new IllegalStateException("The dump has no binary-log position: is binary logging on?");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
