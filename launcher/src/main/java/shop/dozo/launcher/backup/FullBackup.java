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
import java.util.Map;
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
            String sha256, long bytes, List<String> databases, Map<String, DumpManifest.Table> tables) {
    }

    private FullBackup() {
    }

    public static Info take(MariaDbServer database, List<String> databases, ObjectStore offsite, Path workDir) {
        Instant now = Instant.now();
        String key = "db/full/" + KEY_TIME.format(now) + ".sql.gz";
        Path dump = workDir.resolve("full-" + KEY_TIME.format(now) + ".sql.gz");
        try {
            Files.createDirectories(workDir);
            DumpManifest manifest = new DumpManifest();
            String sha256 = dump(database, databases, dump, manifest);
            String[] position = binlogPosition(dump);
            Info info = new Info(key, now.toString(), Timeline.of(database.dataDir()), position[0],
                    Long.parseLong(position[1]), sha256, Files.size(dump), databases, manifest.tables());
            try {
                offsite.upload(key, dump);
                // The description goes last: a backup without one is incomplete and never chosen for a restore.
                offsite.putText(key.replace(".sql.gz", ".json"), JSON.writeValueAsString(info));
            } catch (IllegalStateException unreachable) {
                throw new IllegalStateException("The full backup could not be stored off-site: "
                        + unreachable.getMessage() + ". It is incomplete there and will never be used for a restore; "
                        + "the earlier backups are unaffected. Run ./dozo backup again once the store answers.",
                        unreachable);
            }
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
                    throw new IllegalStateException("The backup description " + key + " is damaged: " + e.getMessage(),
                            e);
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

    private static String dump(MariaDbServer database, List<String> databases, Path target, DumpManifest manifest)
            throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("--single-transaction", "--flush-logs",
                "--master-data=2", "--routines", "--events", "--triggers"));
        MessageDigest sha = sha256();
        try (OutputStream out = manifest.reading(
                new GZIPOutputStream(new DigestOutputStream(Files.newOutputStream(target), sha)))) {
            runDump(database, databases, args, out, target.resolveSibling("mariadb-dump.err"));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * What a restored server holds, as the manifest of a dump of it with the backup's own row options: equal to
     * the backup's manifest exactly when every row came back.
     */
    public static Map<String, DumpManifest.Table> manifestOf(MariaDbServer database, List<String> databases,
            Path workDir) {
        DumpManifest manifest = new DumpManifest();
        try (OutputStream out = manifest.reading(OutputStream.nullOutputStream())) {
            runDump(database, databases, List.of("--single-transaction", "--skip-dump-date"), out,
                    workDir.resolve("mariadb-dump-check.err"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read back the restored databases: " + e.getMessage(), e);
        }
        return manifest.tables();
    }

    private static void runDump(MariaDbServer database, List<String> databases, List<String> options,
            OutputStream out, Path errors) throws IOException {
        List<String> args = new java.util.ArrayList<>(options);
        args.addAll(DumpManifest.ROW_OPTIONS);
        args.add("--databases");
        args.addAll(databases);
        Files.deleteIfExists(errors);
        ProcessBuilder builder = new ProcessBuilder(database.clientCommand("mariadb-dump", args.toArray(String[]::new)))
                .redirectError(ProcessBuilder.Redirect.to(errors.toFile()));
        builder.environment().putAll(database.clientEnv());
        Process process = builder.start();
        try (StalledDump stall = new StalledDump(process, StalledDump.limit(), database.dataDir());
                InputStream in = process.getInputStream()) {
            try {
                in.transferTo(stall.watching(out));
            } catch (IOException e) {
                process.destroyForcibly();
                throw e;
            }
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                String stalled = stall.reason();
                throw new IllegalStateException(stalled != null ? stalled
                        : "mariadb-dump failed: " + Files.readString(errors).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
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
                    return new String[]{matcher.group(1), matcher.group(2)};
                }
            }
        }
        throw new IllegalStateException("The dump has no binary-log position: is binary logging on?");
    }

    /** The SHA-256 of a file's bytes, as hex. */
    static String sha256Of(Path file) {
        MessageDigest sha = sha256();
        try (InputStream in = new java.security.DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
