package shop.dozo.backing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The media store of {@code ./dozo up --cluster}: Debian's Ceph 16.2 with one monitor, one manager, three
 * BlueStore OSDs on sparse files and two RGWs (S3 gateways), every daemon in the foreground without systemd or
 * cephadm. Pools keep 3 copies and take writes while 2 are there. The first start bootstraps the cluster (keys,
 * monitor map, OSD file systems) in {@code home}; later starts only start the daemons that are not running.
 */
public final class CephCluster {
    static final Path MON = Path.of("/usr/bin/ceph-mon");
    static final Path MGR = Path.of("/usr/bin/ceph-mgr");
    static final Path OSD = Path.of("/usr/bin/ceph-osd");
    static final Path RGW = Path.of("/usr/bin/radosgw");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path home;
    private final ClusterPorts.CephPorts ports;

    /** @param home the cluster's folder, e.g. .dozo/ceph */
    public CephCluster(Path home, ClusterPorts.CephPorts ports) {
        this.home = home.toAbsolutePath();
        this.ports = ports;
    }

    public static boolean installed() {
        return List.of(MON, MGR, OSD, RGW, Path.of("/usr/bin/ceph"), Path.of("/usr/bin/radosgw-admin"))
                .stream().allMatch(Files::isExecutable);
    }

    public static String monName() {
        return "ceph-mon";
    }

    public static String mgrName() {
        return "ceph-mgr";
    }

    /** @param osd counts from 0, as Ceph numbers OSDs */
    public static String osdName(int osd) {
        return "ceph-osd-" + osd;
    }

    /** @param gateway counts from 1 */
    public static String gatewayName(int gateway) {
        return "ceph-rgw-" + gateway;
    }

    public List<String> memberNames() {
        List<String> names = new ArrayList<>(List.of(monName(), mgrName()));
        for (int osd = 0; osd < ClusterPorts.OSDS; osd++) {
            names.add(osdName(osd));
        }
        for (int gateway = 1; gateway <= ClusterPorts.GATEWAYS; gateway++) {
            names.add(gatewayName(gateway));
        }
        return names;
    }

    public ClusterPorts.CephPorts ports() {
        return ports;
    }

    public Path configFile() {
        return home.resolve("ceph.conf");
    }

    /**
     * Starts the daemons not in {@code alreadyRunning}, in the order Ceph needs (monitor, manager, OSDs, gateways),
     * bootstrapping a new cluster first. Each started daemon is reported to {@code started} once it serves.
     */
    public void start(Set<String> alreadyRunning, Path logs, boolean detached,
            BiConsumer<String, ManagedProcess> started) {
        if (!installed()) {
            throw new IllegalStateException("The cluster's media store needs Debian's Ceph: sudo apt-get install "
                    + "ceph-mon ceph-mgr ceph-osd radosgw (./dozo up --cluster does this when run as root).");
        }
        writeConfig();
        if (!Files.isDirectory(home.resolve("mon/a"))) {
            bootstrapMonitor();
        }
        if (!alreadyRunning.contains(monName())) {
            ManagedProcess mon = daemon(monName(), logs, detached, MON.toString(), "-i", "a");
            mon.awaitReady(() -> ceph(Duration.ofSeconds(5), "mon", "stat").exitCode() == 0, START_TIMEOUT);
            started.accept(monName(), mon);
        }
        if (!alreadyRunning.contains(mgrName())) {
            cephOrFail("auth", "get-or-create", "mgr.x", "mon", "allow profile mgr", "osd", "allow *", "mds", "allow *",
                    "-o", keyring("mgr.x").toString());
            started.accept(mgrName(), daemon(mgrName(), logs, detached, MGR.toString(), "-i", "x"));
        }
        for (int osd = 0; osd < ClusterPorts.OSDS; osd++) {
            if (!alreadyRunning.contains(osdName(osd))) {
                if (!Files.exists(home.resolve("osd/" + osd + "/dozo-created"))) {
                    createOsd(osd);
                }
                int id = osd;
                ManagedProcess process =
                        daemon(osdName(osd), logs, detached, OSD.toString(), "-i", Integer.toString(osd));
                process.awaitReady(() -> osdUp(id), START_TIMEOUT);
                started.accept(osdName(osd), process);
            }
        }
        for (int gateway = 1; gateway <= ClusterPorts.GATEWAYS; gateway++) {
            if (!alreadyRunning.contains(gatewayName(gateway))) {
                String entity = "client.rgw." + gateway;
                cephOrFail("auth", "get-or-create", entity, "mon", "allow rw", "osd", "allow rwx", "mgr", "allow rw",
                        "-o", keyring(entity).toString());
                int port = ports.gateways().get(gateway - 1);
                ManagedProcess process = daemon(gatewayName(gateway), logs, detached, RGW.toString(), "-n", entity);
                process.awaitReady(() -> answersHttp(port), START_TIMEOUT);
                started.accept(gatewayName(gateway), process);
            }
        }
    }

    /** An RGW user with the given keys, made once (the keys come from the shop's secrets). */
    public void ensureUser(String uid, String accessKey, String secretKey) {
        if (radosgwAdmin("user", "info", "--uid=" + uid).exitCode() == 0) {
            return;
        }
        Cli.Result made = radosgwAdmin("user", "create", "--uid=" + uid, "--display-name=" + uid,
                "--access-key=" + accessKey, "--secret-key=" + secretKey);
        if (made.exitCode() != 0) {
            throw new IllegalStateException("radosgw-admin could not create the user " + uid + ": " + made.output());
        }
    }

    /** Placement groups by state, e.g. {active+clean=41}; empty when the cluster does not answer. */
    public Map<String, Integer> placementGroups() {
        Map<String, Integer> states = new TreeMap<>();
        Cli.Result result = ceph(Duration.ofSeconds(10), "pg", "stat", "-f", "json");
        if (result.exitCode() != 0) {
            return states;
        }
        try {
            for (JsonNode state : JSON.readTree(result.output()).path("pg_summary").path("num_pg_by_state")) {
                states.put(state.path("name").asText(), state.path("num").asInt());
            }
        } catch (IOException e) {
            return new TreeMap<>();
        }
        return states;
    }

    /** {@code ceph health}: HEALTH_OK, or HEALTH_WARN/HEALTH_ERR with the reasons (e.g. OSD_NEARFULL). */
    public String health() {
        Cli.Result result = ceph(Duration.ofSeconds(10), "health");
        return result.exitCode() == 0 ? result.output().trim() : "not answering (" + result.output().trim() + ")";
    }

    /** Every placement group active+clean: all three copies of everything are there. */
    public boolean activeClean() {
        Map<String, Integer> states = placementGroups();
        return states.size() == 1 && states.containsKey("active+clean");
    }

    /** Runs the ceph CLI as client.admin; the output is its stdout and stderr together. */
    public Cli.Result ceph(Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/ceph", "-c", configFile().toString(),
                "--connect-timeout", Long.toString(Math.max(1, timeout.toSeconds()))));
        command.addAll(List.of(args));
        return Cli.run(command, timeout.plusSeconds(5));
    }

    public Cli.Result radosgwAdmin(String... args) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/radosgw-admin", "-c", configFile().toString()));
        command.addAll(List.of(args));
        return Cli.run(command, Duration.ofSeconds(60));
    }

    private String cephOrFail(String... args) {
        Cli.Result result = ceph(Duration.ofSeconds(30), args);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("ceph " + String.join(" ", args) + " failed: " + result.output());
        }
        return result.output().trim();
    }

    /**
     * The new process itself says it is active (its admin socket; the map alone may still show the OSD that was
     * just killed as up), and the map has it up.
     */
    private boolean osdUp(int osd) {
        Cli.Result status = Cli.run(List.of("/usr/bin/ceph", "--admin-daemon",
                home.resolve("run/osd." + osd + ".asok").toString(), "status"), Duration.ofSeconds(10));
        if (status.exitCode() != 0 || !status.output().replace(" ", "").contains("\"state\":\"active\"")) {
            return false;
        }
        Cli.Result dump = ceph(Duration.ofSeconds(5), "osd", "dump", "-f", "json");
        if (dump.exitCode() != 0) {
            return false;
        }
        try {
            for (JsonNode node : JSON.readTree(dump.output()).path("osds")) {
                if (node.path("osd").asInt() == osd) {
                    return node.path("up").asInt() == 1;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private ManagedProcess daemon(String name, Path logs, boolean detached, String... command) {
        List<String> full = new ArrayList<>(List.of(command));
        // -f: stay in the foreground, so the process we record is the daemon itself.
        full.addAll(List.of("-f", "-c", configFile().toString()));
        return ManagedProcess.start(name, full, Map.of(), logs.resolve(name + ".log"), detached);
    }

    /** Keys for the monitor and client.admin, and the monitor's store, as Ceph's manual deployment does it. */
    private void bootstrapMonitor() {
        Path keys = keyring("mon.").getParent();
        run("ceph-authtool", "--create-keyring", keyring("mon.").toString(), "--gen-key", "-n", "mon.", "--cap", "mon",
                "allow *");
        run("ceph-authtool", "--create-keyring", keyring("client.admin").toString(), "--gen-key", "-n", "client.admin",
                "--cap", "mon", "allow *", "--cap", "osd", "allow *", "--cap", "mgr", "allow *", "--cap", "mds",
                "allow *");
        run("ceph-authtool", keyring("mon.").toString(), "--import-keyring", keyring("client.admin").toString());
        Path monmap = keys.resolve("monmap");
        run("monmaptool", "--create", "--clobber", "--addv", "a", "[v2:127.0.0.1:" + ports.mon() + "]", "--fsid",
                fsid(),
                monmap.toString());
        run(MON.toString(), "-c", configFile().toString(), "--mkfs", "-i", "a", "--monmap", monmap.toString(),
                "--keyring", keyring("mon.").toString());
    }

    /** Registers OSD {@code osd} with the monitor and makes its BlueStore (the block file is created here). */
    private void createOsd(int osd) {
        String uuid = UUID.randomUUID().toString();
        String secret = run("ceph-authtool", "--gen-print-key").trim();
        Path request = home.resolve("osd/new-" + osd + ".json");
        try {
            Files.createDirectories(home.resolve("osd/" + osd));
            Files.writeString(request, "{\"cephx_secret\": \"" + secret + "\"}");
            String id = cephOrFail("osd", "new", uuid, Integer.toString(osd), "-i", request.toString());
            if (!id.endsWith(Integer.toString(osd))) {
                throw new IllegalStateException("The monitor numbered the new OSD " + id + ", expected " + osd);
            }
            run("ceph-authtool", "--create-keyring", keyring("osd." + osd).toString(), "--name", "osd." + osd,
                    "--add-key", secret);
            run(OSD.toString(), "-c", configFile().toString(), "-i", Integer.toString(osd), "--mkfs", "--osd-uuid",
                    uuid);
            Files.writeString(home.resolve("osd/" + osd + "/dozo-created"), uuid + "\n");
            Files.delete(request);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare OSD " + osd + " in " + home + ": " + e.getMessage(), e);
        }
    }

    private void writeConfig() {
        try {
            for (String dir : List.of("keys", "run", "mon", "mgr/x", "osd")) {
                Files.createDirectories(home.resolve(dir));
            }
            Files.writeString(configFile(), CephSettings.config(fsid(), home, ports));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + configFile() + ": " + e.getMessage(), e);
        }
    }

    private String fsid() {
        Path file = home.resolve("fsid");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(home);
                Files.writeString(file, UUID.randomUUID() + "\n");
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private Path keyring(String entity) {
        return home.resolve("keys/" + entity + ".keyring");
    }

    private String run(String... command) {
        Cli.Result result = Cli.run(List.of(command), Duration.ofSeconds(120));
        if (result.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + result.output());
        }
        return result.output();
    }

    /** Any HTTP answer means the gateway serves (an anonymous request may well be refused). */
    static boolean answersHttp(int port) {
        if (!Ports.isListening(port)) {
            return false;
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() > 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A command-line tool run to its end, with a time limit. */
    public static final class Cli {
        public record Result(int exitCode, String output) {
        }

        private Cli() {
        }

        static Result run(List<String> command, Duration timeout) {
            try {
                Path output = Files.createTempFile("dozo-ceph", ".out");
                try {
                    Process process = new ProcessBuilder(command).redirectErrorStream(true)
                            .redirectOutput(output.toFile())
                            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                            .start();
                    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                        ManagedProcess.killTree(process.toHandle());
                        return new Result(-1, "timed out after " + timeout.toSeconds() + " s");
                    }
                    return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
                } finally {
                    Files.deleteIfExists(output);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
    }
}
