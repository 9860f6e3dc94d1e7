package shop.dozo.backing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One node of the local Galera cluster: Debian's MariaDB 10.11 server with the galera-4 provider, on its own
 * 127.0.0.1 ports and data folder. Its option file holds the settings shared with the chart ({@link GaleraSettings})
 * and this node's own; the SST scripts read the same file, so they find the same ports and folders.
 */
public final class GaleraNode {
    /** A node's loopback ports: SQL clients, Galera replication, incremental (IST) and full (SST) state transfer. */
    public record NodePorts(int client, int galera, int ist, int sst) {
    }

    /** What grastate.dat says: the last committed write this node saw, and whether it may start a cluster alone. */
    public record State(String uuid, long seqno, boolean safeToBootstrap) {
    }

    static final Path SERVER = Path.of("/usr/sbin/mariadbd");
    static final Path INSTALL_DB = Path.of("/usr/bin/mariadb-install-db");
    static final Path PROVIDER = Path.of("/usr/lib/galera/libgalera_smm.so");
    public static final String SST_USER = "dozo_sst";
    /** HAProxy's mysql-check logs in as this user: no password, no privileges, loopback only. */
    public static final String CHECK_USER = "haproxy_check";
    private static final Pattern RECOVERED = Pattern.compile("Recovered position: ([0-9a-f-]{36}):(-?\\d+)");

    private final int number;
    private final Path home;
    private final List<NodePorts> cluster;
    private final String rootPassword;
    private final String sstPassword;
    private ManagedProcess process;

    /** @param home the cluster's folder; this node keeps its data in {@code home/node<number>} */
    public GaleraNode(int number, Path home, List<NodePorts> cluster, String rootPassword, String sstPassword) {
        this.number = number;
        this.home = home.toAbsolutePath();
        this.cluster = cluster;
        this.rootPassword = rootPassword;
        this.sstPassword = sstPassword;
    }

    public String name() {
        return "galera-" + number;
    }

    public NodePorts ports() {
        return cluster.get(number - 1);
    }

    /** Temporary tables and sort files stay out of the machine's shared /tmp (see MariaDbServer#tmpDir). */
    Path tmpDir() {
        return MariaDbServer.tmpDirBeside(dataDir());
    }

    public Path dataDir() {
        return home.resolve("node" + number);
    }

    public Path optionFile() {
        return home.resolve("node" + number + ".cnf");
    }

    public ManagedProcess process() {
        return process;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + ports().client() + "/";
    }

    /** Whether Debian's Galera server is installed (./dozo installs it when run as root). */
    public static boolean installed() {
        return Files.isExecutable(SERVER) && Files.isRegularFile(PROVIDER);
    }

    public boolean hasData() {
        return Files.isDirectory(dataDir().resolve("mysql"));
    }

    /**
     * Starts a new cluster on this node ({@code --wsrep-new-cluster}). A fresh node is initialised first and gets
     * the root password and the users the SST and HAProxy need; they replicate to every node that joins.
     */
    public ManagedProcess bootstrap(Path logFile, boolean detached) {
        boolean fresh = !hasData();
        if (fresh) {
            initialise(logFile);
        }
        launch(logFile, detached, List.of("--wsrep-new-cluster"));
        if (fresh) {
            // Logins work a moment before Galera takes statements (a busy machine showed "WSREP has not yet
            // prepared node for application use" in between).
            process.awaitReady(() -> wsrepReady(""), Duration.ofSeconds(120));
            execute("",
                    "ALTER USER 'root'@'localhost' IDENTIFIED BY '" + rootPassword + "'",
                    // mariabackup on the donor connects through the node's own socket.
                    "CREATE USER IF NOT EXISTS '" + SST_USER + "'@'localhost' IDENTIFIED BY '" + sstPassword + "'",
                    "GRANT RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR ON *.* TO '" + SST_USER + "'@'localhost'",
                    "CREATE USER IF NOT EXISTS '" + CHECK_USER + "'@'127.0.0.1'");
        }
        process.awaitReady(this::synced, Duration.ofSeconds(120));
        return process;
    }

    /** Joins the running cluster: by IST when this node's data is recent enough, else by a full mariabackup SST. */
    public ManagedProcess join(Path logFile, boolean detached) {
        launch(logFile, detached, List.of());
        process.awaitReady(this::synced, Duration.ofSeconds(240));
        return process;
    }

    private void launch(Path logFile, boolean detached, List<String> extra) {
        Ports.requireFree(ports().client(), name(), "DOZO_HTTP_PORT_BASE");
        Ports.requireFree(ports().galera(), name() + " (Galera)", "DOZO_HTTP_PORT_BASE");
        writeOptionFile();
        Folders.recreate(tmpDir());
        try {
            // A joiner's folder may be empty: the state transfer fills it.
            Files.createDirectories(dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDir() + ": " + e.getMessage(), e);
        }
        List<String> command = new ArrayList<>(List.of(SERVER.toString(), "--defaults-file=" + optionFile()));
        command.addAll(extra);
        process = ManagedProcess.start(name(), command, Map.of(), logFile, detached);
    }

    /** Synced and ready for SQL: what a node must be before it takes the writes. */
    public boolean synced() {
        Map<String, String> status = status("wsrep_local_state_comment", "wsrep_ready");
        return "Synced".equals(status.get("wsrep_local_state_comment")) && "ON".equals(status.get("wsrep_ready"));
    }

    /** Global status values by name; empty when the node cannot be reached. */
    public Map<String, String> status(String... names) {
        String in = Stream.of(names).map(name -> "'" + name + "'").collect(Collectors.joining(","));
        Map<String, String> values = new HashMap<>();
        try (Connection connection = connect(rootPassword);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN (" + in + ")")) {
            while (rows.next()) {
                values.put(rows.getString(1).toLowerCase(), rows.getString(2));
            }
        } catch (SQLException e) {
            // Not reachable (yet): no values.
        }
        return values;
    }

    public Connection connect(String password) throws SQLException {
        return DriverManager.getConnection(jdbcUrl() + "?connectTimeout=1000&socketTimeout=10000", "root", password);
    }

    public Connection connect() throws SQLException {
        return connect(rootPassword);
    }

    /** grastate.dat, if the node has one (a node that never ran has none). */
    public Optional<State> state() {
        Path file = dataDir().resolve("grastate.dat");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Map<String, String> fields = new HashMap<>();
            for (String line : Files.readAllLines(file)) {
                int colon = line.indexOf(':');
                if (colon > 0 && !line.startsWith("#")) {
                    fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
                }
            }
            return Optional.of(new State(fields.getOrDefault("uuid", ""),
                    Long.parseLong(fields.getOrDefault("seqno", "-1")),
                    "1".equals(fields.get("safe_to_bootstrap"))));
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A node that crashed has seqno -1 in grastate.dat; its real position is in InnoDB. {@code --wsrep-recover}
     * reads it and exits without starting the server.
     */
    public long recoverSeqno(Path logFile) {
        writeOptionFile();
        Path recoverLog = logFile.resolveSibling(name() + "-recover.log");
        try {
            Files.deleteIfExists(recoverLog);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ManagedProcess recover = ManagedProcess.start(name() + " --wsrep-recover",
                List.of(SERVER.toString(), "--defaults-file=" + optionFile(), "--wsrep-recover"), Map.of(),
                recoverLog, false);
        recover.awaitReady(() -> !recover.isAlive(), Duration.ofSeconds(120));
        Matcher position = RECOVERED.matcher(recover.logTail(200));
        long seqno = -1;
        while (position.find()) {
            seqno = Long.parseLong(position.group(2));
        }
        return seqno;
    }

    /** Marks this node as the one to start the cluster from (what galera_new_cluster's manual step does). */
    public void markSafeToBootstrap() {
        Path file = dataDir().resolve("grastate.dat");
        try {
            String text = Files.readString(file).replaceAll("(?m)^safe_to_bootstrap:.*$", "safe_to_bootstrap: 1");
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update " + file + ": " + e.getMessage(), e);
        }
    }

    public void execute(String password, String... statements) {
        try (Connection connection = connect(password); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(name() + ": statement failed: " + e.getMessage(), e);
        }
    }

    private boolean wsrepReady(String password) {
        try (Connection connection = connect(password); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'wsrep_ready'")) {
            return row.next() && "ON".equals(row.getString(2));
        } catch (SQLException e) {
            return false;
        }
    }

    private void initialise(Path logFile) {
        try {
            Files.createDirectories(dataDir());
            try (Stream<Path> entries = Files.list(dataDir())) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException("The Galera data folder " + dataDir()
                            + " is not empty but holds no database. Move it away (it may be a damaged copy) and start again.");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dataDir() + ": " + e.getMessage(), e);
        }
        // Without the option file: the first tables are made by a plain server, not by a cluster node.
        List<String> install = new ArrayList<>(List.of(INSTALL_DB.toString(), "--no-defaults", "--basedir=/usr",
                "--datadir=" + dataDir(), "--auth-root-authentication-method=normal", "--skip-test-db"));
        if (runsAsRoot()) {
            install.add("--user=root");
        }
        ManagedProcess installer = ManagedProcess.start("mariadb-install-db", install, Map.of(), logFile, false);
        installer.awaitReady(() -> !installer.isAlive(), Duration.ofSeconds(120));
        if (!hasData()) {
            throw new IllegalStateException(
                    "mariadb-install-db failed. End of " + logFile + ":\n" + installer.logTail(20));
        }
    }

    /** The shared settings first, then this node's own (later lines win, and none of them relaxes durability). */
    void writeOptionFile() {
        List<String> lines = new ArrayList<>();
        lines.add("# Written by ./dozo up --cluster on every start: the settings shared with the Helm chart");
        lines.add("# (" + GaleraSettings.dir() + "), then this node's own. Holds the SST password: owner only.");
        lines.add("[mysqld]");
        lines.addAll(GaleraSettings.lines());
        lines.add("# " + name());
        lines.add("datadir=" + dataDir());
        lines.add(
                "socket=" + Path.of(System.getProperty("java.io.tmpdir"), "dozo-galera-" + ports().client() + ".sock"));
        lines.add("tmpdir=" + tmpDir());
        lines.add("pid_file=" + home.resolve("node" + number + ".pid"));
        lines.add("port=" + ports().client());
        lines.add("bind_address=127.0.0.1");
        if (runsAsRoot()) {
            lines.add("user=root");
        }
        // One server id for the cluster: with wsrep_gtid_mode every node writes the same GTIDs.
        lines.add("server_id=1");
        lines.add("innodb_buffer_pool_size=128M");
        lines.add("max_connections=300");
        lines.add("max_allowed_packet=64M");
        lines.add("wsrep_on=ON");
        lines.add("wsrep_provider=" + PROVIDER);
        lines.add("wsrep_cluster_name=dozo-local");
        lines.add("wsrep_cluster_address=gcomm://" + cluster.stream().map(p -> "127.0.0.1:" + p.galera())
                .collect(Collectors.joining(",")));
        lines.add("wsrep_node_name=" + name());
        lines.add("wsrep_node_address=127.0.0.1:" + ports().galera());
        lines.add("wsrep_node_incoming_address=127.0.0.1:" + ports().client());
        lines.add("wsrep_provider_options=\"gmcast.listen_addr=tcp://127.0.0.1:" + ports().galera()
                + ";ist.recv_addr=127.0.0.1:" + ports().ist() + ";gcache.size=256M\"");
        lines.add("wsrep_sst_receive_address=127.0.0.1:" + ports().sst());
        // rsync SST fails here with binary logs on; mariabackup is also what the operator uses.
        lines.add("wsrep_sst_method=mariabackup");
        lines.add("wsrep_sst_auth=" + SST_USER + ":" + sstPassword);
        try {
            Files.createDirectories(home);
            Path temp = optionFile().resolveSibling(optionFile().getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, optionFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + optionFile() + ": " + e.getMessage(), e);
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
