package shop.dozo.deploytests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import shop.dozo.backing.MariaDbServer;
import shop.dozo.backing.Ports;
import shop.dozo.backing.S3Server;

/**
 * The chart's backup scripts (helm/dozo/files), run for real: the binlog archiver against a MariaDB 11.4 with
 * binary logs and an S3 server, the point-in-time replay into a second MariaDB, and the media mirror between two
 * buckets. Needs rclone (Debian package rclone) and mariadb-binlog (Debian package mariadb-client) on PATH.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupScriptsTest {
    static final Path FILES = Repo.CHART.resolve("files");
    static final String BUCKET = "dozo-offsite-backups";
    static final String ARCHIVER_PASSWORD = "archiver-test-password";
    static final String ROOT_PASSWORD = "root-test-password";
    static final int INTERVAL = 2;

    @TempDir
    static Path work;
    static MariaDbServer database;
    static S3Server s3;
    static Path blobs;
    static Process archiver;
    static Path archiverLog;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(onPath("rclone") != null,
                "rclone is not on PATH (Debian: apt-get install rclone): the backup"
                        + " scripts' tests are skipped");
        database = MariaDbServer.at(work.resolve("db"), Ports.freePort(), ROOT_PASSWORD);
        database.start(work.resolve("db.log"), false);
        // Exactly the grants the chart gives the archiver (templates/mariadb/sql.yaml).
        database.execute(ROOT_PASSWORD,
                "CREATE USER 'dozo_binlog_archiver'@'%' IDENTIFIED BY '" + ARCHIVER_PASSWORD + "'",
                "GRANT RELOAD, BINLOG MONITOR ON *.* TO 'dozo_binlog_archiver'@'%'",
                "CREATE DATABASE shop",
                "CREATE TABLE shop.orders (id INT PRIMARY KEY, note VARCHAR(100))");
        s3 = new S3Server(work.resolve("s3"), Ports.freePort(), "offsite-writer", "offsite-writer-secret");
        s3.start(work.resolve("s3.log"), false);
        blobs = work.resolve("s3/blobs");
        // The chart's remotes never create buckets (no_check_bucket): the test creates them, as the operator does.
        run(List.of("rclone", "mkdir", "offsite,no_check_bucket=false:" + BUCKET), Map.of(), 30);
        run(List.of("rclone", "mkdir", "offsite,no_check_bucket=false:dozo-media"), Map.of(), 30);
    }

    @AfterAll
    static void stop() {
        if (archiver != null) {
            archiver.destroyForcibly();
        }
        if (database != null) {
            database.stop();
        }
        if (s3 != null) {
            s3.stop();
        }
    }

    @Test
    @Order(2)
    void archiverShipsEveryCommitOffSiteWithinTheInterval() throws Exception {
        archiver = startArchiver(work.resolve("state-1"));
        awaitLog("shipping to", Duration.ofSeconds(30));

        Instant committed = insert(1, "first-order-before-the-backup-point");
        Path shipped = awaitShipped("first-order-before-the-backup-point", Duration.ofSeconds(30));
        Duration lag = Duration.between(committed, Instant.now());
        assertTrue(lag.compareTo(Duration.ofSeconds(INTERVAL * 3L + 5)) < 0, "off-site after " + lag);

        // Shipped logs are never rewritten: the next passes leave the object as it was.
        byte[] before = Files.readAllBytes(shipped);
        insert(2, "second-order");
        awaitShipped("second-order", Duration.ofSeconds(30));
        assertArrayEquals(before, Files.readAllBytes(shipped), shipped + " was rewritten");

        // Nothing written, nothing new: idle passes do not close empty logs.
        int count = shippedLogs().size();
        Thread.sleep(INTERVAL * 3000L);
        assertEquals(count, shippedLogs().size(), "idle passes shipped new logs: " + shippedLogs());
        assertTrue(archiver.isAlive(), log());
    }

    @Test
    @Order(3)
    void archiverGivesUpLoudlyWhenTheOffSiteStoreIsGone() throws Exception {
        s3.stop();
        try {
            insert(3, "order-while-offsite-is-down");
            assertTrue(archiver.waitFor(INTERVAL * 4L + 60, TimeUnit.SECONDS),
                    "the archiver kept running without off-site");
            assertNotEquals(0, archiver.exitValue());
            assertTrue(log().contains("giving up: binary logs are not reaching the off-site bucket"), log());
        } finally {
            s3.start(work.resolve("s3.log"), false);
        }
        // Restarted (as Kubernetes restarts the container) with no local state, it catches up without re-uploading.
        archiver = startArchiver(work.resolve("state-2"));
        awaitShipped("order-while-offsite-is-down", Duration.ofSeconds(40));
        assertTrue(archiver.isAlive(), log());
    }

    @Test
    @Order(4)
    void replayRestoresToTheSecond() throws Exception {
        Path binlog = onPath("mariadb-binlog");
        Assumptions.assumeTrue(binlog != null,
                "mariadb-binlog is not on PATH (Debian: apt-get install mariadb-client)");
        // The "backup point": what a physical backup taken now would record in mariadb_backup_binlog_info.
        String gtid = query("SELECT @@gtid_binlog_pos");
        insert(10, "kept-written-before-the-target-time");
        Thread.sleep(1500);
        Instant target = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Thread.sleep(Duration.between(Instant.now(), target).toMillis() + 1500);
        insert(11, "lost-written-after-the-target-time");
        awaitShipped("lost-written-after-the-target-time", Duration.ofSeconds(30));

        // The state of the backup, beside the live schema: the rows up to the backup point.
        database.execute(ROOT_PASSWORD, "CREATE DATABASE shop_restored",
                "CREATE TABLE shop_restored.orders (id INT PRIMARY KEY, note VARCHAR(100))",
                "INSERT INTO shop_restored.orders SELECT * FROM shop.orders WHERE id <= 3");
        Map<String, String> env = new HashMap<>();
        env.put("SOURCE", "offsite:" + BUCKET + "/db/binlog/dozo-mariadb-0");
        env.put("START_GTID", gtid);
        env.put("STOP_DATETIME",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC).format(target));
        env.put("REPLAY_OPTIONS", "--rewrite-db=shop->shop_restored");
        env.put("MARIADB_HOST", "127.0.0.1");
        env.put("MARIADB_PORT", String.valueOf(database.port()));
        env.put("MARIADB_ROOT_PASSWORD", ROOT_PASSWORD);
        env.put("WORK", work.resolve("replay").toString());
        env.put("RCLONE", "rclone");
        env.put("MARIADB_BINLOG", binlog.toString());
        env.put("MARIADB", mariadbClient().toString());
        String out = run(List.of("bash", FILES.resolve("binlog-replay.sh").toString()), env, 120);
        assertTrue(out.contains("replay finished"), out);

        List<String> notes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(database.jdbcUrl("shop_restored"), "root", ROOT_PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT note FROM orders ORDER BY id")) {
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
        }
        assertTrue(notes.contains("kept-written-before-the-target-time"), "replayed up to the target: " + notes);
        assertFalse(notes.contains("lost-written-after-the-target-time"), "stopped at the target: " + notes);
        assertEquals(4, notes.size(), "the backup's rows plus the replayed one: " + notes);
    }

    @Test
    @Order(5)
    void mediaMirrorCopiesButNeverDeletesOrOverwrites() throws Exception {
        Path original = work.resolve("photo.jpg");
        Files.writeString(original, "original image bytes");
        run(List.of("rclone", "copyto", original.toString(), "media:dozo-media/ab/abcdef"), Map.of(), 30);
        Map<String, String> env =
                Map.of("SOURCE", "media:dozo-media", "DESTINATION", "offsite:" + BUCKET + "/media", "RCLONE", "rclone");
        run(List.of("sh", FILES.resolve("media-mirror.sh").toString()), env, 60);
        Path copy = blobs.resolve(BUCKET).resolve("media/ab/abcdef");
        assertEquals("original image bytes", Files.readString(copy));

        // A mistaken delete in the shop does not reach the off-site copy.
        run(List.of("rclone", "deletefile", "media:dozo-media/ab/abcdef"), Map.of(), 30);
        run(List.of("sh", FILES.resolve("media-mirror.sh").toString()), env, 60);
        assertEquals("original image bytes", Files.readString(copy));

        // An object changed under the same key is refused, and the off-site copy stays.
        Files.writeString(original, "tampered bytes!");
        run(List.of("rclone", "copyto", original.toString(), "media:dozo-media/ab/abcdef"), Map.of(), 30);
        Result refused = start(List.of("sh", FILES.resolve("media-mirror.sh").toString()), env, 60);
        assertNotEquals(0, refused.exit(), refused.output());
        assertEquals("original image bytes", Files.readString(copy));
    }

    @Test
    @Order(6)
    void offsiteCheckReadsTheBucketAndRefusesOneWithoutVersioning() throws Exception {
        Assumptions.assumeTrue(onPath("aws") != null, "aws is not on PATH (Debian: apt-get install awscli)");
        // The test server has no versioning or Object Lock, so this runs only the refusal; reaching it shows the
        // AWS CLI accepted the script's commands and flags and got the bucket's answer.
        Result result = start(List.of("sh", FILES.resolve("verify-offsite.sh").toString()), Map.of("BUCKET", BUCKET,
                "ENDPOINT_URL", s3.endpoint(), "MIN_DAYS", "30", "AWS_ACCESS_KEY_ID", s3.accessKey(),
                "AWS_SECRET_ACCESS_KEY", s3.secretKey(), "AWS_DEFAULT_REGION", "us-east-1"), 60);
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("versioning is 'None', must be Enabled"), result.output());
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    static Process startArchiver(Path stateDir) throws IOException {
        archiverLog = work.resolve("archiver.log");
        Map<String, String> env = rcloneEnv();
        env.put("TARGET", "offsite:" + BUCKET + "/db/binlog/dozo-mariadb-0");
        env.put("ARCHIVER_USER", "dozo_binlog_archiver");
        env.put("ARCHIVER_PASSWORD", ARCHIVER_PASSWORD);
        env.put("INTERVAL", String.valueOf(INTERVAL));
        env.put("MAX_FAILURES", "3");
        env.put("DATADIR", database.dataDir().toString());
        env.put("STATE_DIR", stateDir.toString());
        env.put("RCLONE", "rclone");
        env.put("MARIADB", mariadbClient().toString());
        env.put("MARIADB_PORT", String.valueOf(database.port()));
        ProcessBuilder builder = new ProcessBuilder("bash", FILES.resolve("binlog-archiver.sh").toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(archiverLog.toFile()));
        builder.environment().remove("AWS_CA_BUNDLE");
        builder.environment().putAll(env);
        return builder.start();
    }

    /** The MariaDB client that ships with the test server's binaries. */
    static Path mariadbClient() {
        return Path.of(database.libraryEnv().get("LD_LIBRARY_PATH")).getParent().resolve("bin/mariadb");
    }

    static Map<String, String> rcloneEnv() {
        Map<String, String> env = new HashMap<>(database.libraryEnv());
        env.put("HOME", work.toString());
        env.put("RCLONE_CONFIG", work.resolve("rclone.conf").toString());
        // The remotes exactly as the chart configures them (type, provider, path style, upload cutoff, ...), only
        // pointed at the test's S3 server with its keys.
        env.putAll(chartRemoteSettings());
        for (String remote : List.of("OFFSITE", "MEDIA")) {
            env.put("RCLONE_CONFIG_" + remote + "_ENDPOINT", s3.endpoint());
            env.put("RCLONE_CONFIG_" + remote + "_ACCESS_KEY_ID", s3.accessKey());
            env.put("RCLONE_CONFIG_" + remote + "_SECRET_ACCESS_KEY", s3.secretKey());
        }
        return env;
    }

    /** The literal RCLONE_CONFIG_{OFFSITE,MEDIA}_* settings of the chart's archiver sidecar and media mirror. */
    static Map<String, String> chartRemoteSettings() {
        Manifests m = Chart.template(List.of(Repo.PROD_VALUES), Map.of());
        List<Map<String, Object>> containers = new ArrayList<>(Promises.allContainers(m.oneOfKind("MariaDB")));
        containers.addAll(m.byComponent("CronJob", "media-mirror").containers(false));
        Map<String, String> settings = new HashMap<>();
        for (Map<String, Object> c : containers) {
            K8sObject.env(c).forEach((name, e) -> {
                if (name.matches("RCLONE_CONFIG_(OFFSITE|MEDIA)_.*") && e.get("value") != null) {
                    settings.put(name, String.valueOf(e.get("value")));
                }
            });
        }
        assertEquals("s3", settings.get("RCLONE_CONFIG_OFFSITE_TYPE"), "the chart's off-site remote: " + settings);
        assertEquals("s3", settings.get("RCLONE_CONFIG_MEDIA_TYPE"), "the chart's media remote: " + settings);
        return settings;
    }

    static Instant insert(int id, String note) {
        database.execute(ROOT_PASSWORD, "INSERT INTO shop.orders VALUES (" + id + ", '" + note + "')");
        return Instant.now();
    }

    static String query(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(""), "root", ROOT_PASSWORD);
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static List<Path> shippedLogs() throws IOException {
        Path dir = blobs.resolve(BUCKET).resolve("db/binlog/dozo-mariadb-0");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Waits until an off-site binlog holds this text (row-based events carry the row's bytes). */
    static Path awaitShipped(String text, Duration timeout) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (Path file : shippedLogs()) {
                if (indexOf(Files.readAllBytes(file), needle) >= 0) {
                    return file;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("'" + text + "' did not reach the off-site bucket in " + timeout + "; off-site: "
                + shippedLogs() + "\narchiver log:\n" + log());
    }

    static void awaitLog(String text, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (log().contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("archiver log never said '" + text + "':\n" + log());
    }

    static String log() {
        try {
            return Files.exists(archiverLog) ? Files.readString(archiverLog) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer : for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    record Result(int exit, String output) {
    }

    static Result start(List<String> command, Map<String, String> extraEnv, int timeoutSeconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The S3 server is plain http on loopback; a CA bundle from the caller's environment only confuses rclone.
        builder.environment().remove("AWS_CA_BUNDLE");
        if (s3 != null) {
            builder.environment().putAll(rcloneEnv());
        }
        builder.environment().putAll(extraEnv);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " timed out:\n" + output);
        }
        return new Result(process.exitValue(), output);
    }

    static String run(List<String> command, Map<String, String> extraEnv, int timeoutSeconds) throws Exception {
        Result result = start(command, extraEnv, timeoutSeconds);
        assertEquals(0, result.exit(), command + " failed:\n" + result.output());
        return result.output();
    }

    static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
