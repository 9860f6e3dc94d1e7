package shop.dozo.backing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The shop as a cluster on one machine ({@code ./dozo up --cluster}): three Galera nodes, a replicated Ceph for
 * media (monitor, manager, three OSDs, two RGWs), HAProxy, and two replicas of every service. HAProxy listens where the single-node shop's database and services
 * do, and where the single-node S3 server does, so the services reach each other, the database and the media
 * store only through it, as they would through Kubernetes Services. Names here are the pid files' and logs'
 * names: galera-1, ceph-osd-0, haproxy, cart-service-2, ...
 */
public final class ClusterStack {
    private final LocalStack stack;
    private final LocalStack.Settings settings;
    private final ClusterPorts ports;

    ClusterStack(LocalStack stack) {
        this.stack = stack;
        this.settings = stack.settings();
        this.ports = new ClusterPorts(settings.httpPortBase());
    }

    public ClusterPorts ports() {
        return ports;
    }

    public GaleraCluster galera() {
        return new GaleraCluster(settings.home().resolve("galera"), ports, stack.secrets().get("db.root.password"),
                stack.secrets().get("db.sst.password"));
    }

    /** The media store, in the data folder's ceph/. */
    public CephCluster ceph() {
        return new CephCluster(settings.home().resolve("ceph"), ports.ceph());
    }

    /** The RGW user whose keys the services get as their S3 credentials. */
    public static final String MEDIA_USER = "dozo-media";

    public HaProxy haProxy() {
        List<HaProxy.Service> services = new ArrayList<>();
        for (String module : replicated()) {
            services.add(new HaProxy.Service(module, stack.port(module), replicaPorts(module),
                    replicaManagementPorts(module)));
        }
        return new HaProxy(settings.home().resolve("haproxy/haproxy.cfg"), settings.dbPort(), ports.nodes(), services,
                new HaProxy.Service("media-s3", settings.s3Port(), ports.ceph().gateways()));
    }

    public static String replicaName(String module, int replica) {
        return module + "-" + replica;
    }

    public int replicaPort(String module, int replica) {
        return ports.replica(LocalStack.portOffset(module), replica);
    }

    public String replicaUrl(String module, int replica) {
        return "http://127.0.0.1:" + replicaPort(module, replica);
    }

    /** Where a replica's /q/health and /q/metrics answer (HAProxy checks it there and never routes to it). */
    public int replicaManagementPort(String module, int replica) {
        return ports.replicaManagement(LocalStack.portOffset(module), replica);
    }

    public String replicaManagementUrl(String module, int replica) {
        return "http://127.0.0.1:" + replicaManagementPort(module, replica);
    }

    public List<Integer> replicaManagementPorts(String module) {
        List<Integer> list = new ArrayList<>();
        for (int replica = 1; replica <= ClusterPorts.REPLICAS; replica++) {
            list.add(replicaManagementPort(module, replica));
        }
        return list;
    }

    public List<Integer> replicaPorts(String module) {
        List<Integer> list = new ArrayList<>();
        for (int replica = 1; replica <= ClusterPorts.REPLICAS; replica++) {
            list.add(replicaPort(module, replica));
        }
        return list;
    }

    /** Start order: the database nodes, media, the proxy, then the services (storefront last). */
    public List<String> memberNames() {
        List<String> names = new ArrayList<>();
        galera().nodes().forEach(node -> names.add(node.name()));
        names.addAll(ceph().memberNames());
        names.add("haproxy");
        if (MailServer.installed()) {
            names.add("mail");
        }
        for (String module : replicated()) {
            for (int replica = 1; replica <= ClusterPorts.REPLICAS; replica++) {
                names.add(replicaName(module, replica));
            }
        }
        if (settings.services().contains(LocalStack.BACKOFFICE)) {
            names.add(LocalStack.BACKOFFICE);
        }
        return names;
    }

    /** Starts every member not in {@code alreadyRunning}, reporting each to {@code started} once it is ready. */
    void start(Set<String> alreadyRunning, BiConsumer<String, ManagedProcess> started) {
        checkPortsFree(alreadyRunning);
        Path logs = settings.home().resolve("logs");
        boolean detached = settings.detached();
        galera().start(alreadyRunning, logs, detached, started);
        startMedia(alreadyRunning, logs, detached, started);
        if (!alreadyRunning.contains("haproxy")) {
            started.accept("haproxy", haProxy().start(logs.resolve("haproxy.log"), detached));
        }
        if (MailServer.installed() && !alreadyRunning.contains("mail")) {
            started.accept("mail", stack.mail().start(logs.resolve("mail.log"), detached));
        }
        createDatabases();
        for (String module : replicated()) {
            for (int replica = 1; replica <= ClusterPorts.REPLICAS; replica++) {
                String name = replicaName(module, replica);
                if (alreadyRunning.contains(name)) {
                    continue;
                }
                ServiceApp app =
                        new ServiceApp(module, replicaPort(module, replica), replicaManagementPort(module, replica));
                started.accept(name, app.start(serviceConfig(module), logs.resolve(name + ".log"), detached,
                        Duration.ofSeconds(120), List.of("-Ddozo.home=" + settings.home())));
                awaitRouted(module, name);
            }
            awaitThroughProxy(module);
        }
        if (settings.services().contains(LocalStack.BACKOFFICE) && !alreadyRunning.contains(LocalStack.BACKOFFICE)) {
            ServiceApp backoffice = new ServiceApp(LocalStack.BACKOFFICE, stack.port(LocalStack.BACKOFFICE),
                    stack.managementPort(LocalStack.BACKOFFICE));
            started.accept(LocalStack.BACKOFFICE, backoffice.start(stack.serviceConfig(LocalStack.BACKOFFICE),
                    logs.resolve("backoffice.log"), detached, Duration.ofSeconds(120)));
        }
    }

    /**
     * The services that run as two replicas behind HAProxy. The back office runs once, on its single-node port: it
     * keeps no state (its sessions live in a sealed cookie), so a restart costs staff one sign-in, not a sale.
     */
    public List<String> replicated() {
        return settings.services().stream().filter(module -> !module.equals(LocalStack.BACKOFFICE)).toList();
    }

    /** Ceph, and the media user the services sign their S3 requests as (the keys are the shop's S3 secrets). */
    public void startMedia(Set<String> alreadyRunning, Path logs, boolean detached,
            BiConsumer<String, ManagedProcess> started) {
        CephCluster ceph = ceph();
        ceph.start(alreadyRunning, logs, detached, started);
        ceph.ensureUser(MEDIA_USER, stack.secrets().get("s3.access.key"), stack.secrets().get("s3.secret.key"));
    }

    /** The single-node configuration, plus what several replicas behind a proxy need. */
    Map<String, String> serviceConfig(String module) {
        Map<String, String> env = stack.serviceConfig(module);
        if (LocalStack.databaseName(module) != null) {
            // After a failover every pooled connection to the lost node is dead: check one before handing it out.
            env.put("QUARKUS_DATASOURCE_JDBC_VALIDATE_ON_BORROW", "true");
        }
        if (module.equals("storefront")) {
            // A form one replica signed is posted to the other.
            env.put("DOZO_STOREFRONT_SECRET", stack.secrets().get("storefront.secret", 32));
            // The shopper's address for the rate limits, from HAProxy only.
            env.put("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true");
            env.put("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
            env.put("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "127.0.0.1");
        }
        return env;
    }

    /** Through HAProxy, on the node that takes the writes; Galera replicates it to the others. */
    private void createDatabases() {
        awaitWriter();
        try (Connection connection = writerConnection(); Statement statement = connection.createStatement()) {
            for (String module : settings.services()) {
                String db = LocalStack.databaseName(module);
                if (db != null) {
                    for (String sql : MariaDbServer.createDatabaseStatements(db, db,
                            stack.secrets().get("db." + module + ".password"))) {
                        statement.execute(sql);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the services' databases through HAProxy: " + e.getMessage(),
                    e);
        }
    }

    /** A root connection through HAProxy's database frontend: to the node that takes the writes. */
    public Connection writerConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + settings.dbPort() + "/?connectTimeout=2000",
                "root", stack.secrets().get("db.root.password"));
    }

    private void awaitWriter() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            try (Connection ignored = writerConnection()) {
                return;
            } catch (SQLException e) {
                last = e;
                ManagedProcess.sleep(250);
            }
        }
        throw new IllegalStateException("HAProxy sends no database connection to a Galera node after 30 s ("
                + (last == null ? "" : last.getMessage()) + "). See logs/haproxy.log and logs/galera-*.log.");
    }

    /**
     * Until HAProxy's checks see the replica just started: only then may the next one stop (a rolling restart never
     * has both replicas of a service out of the rotation, as Kubernetes waits for a new pod's readiness).
     */
    private void awaitRouted(String module, String replica) {
        HaProxy proxy = haProxy();
        if (!proxy.hasAdminSocket()) {
            return; // An HAProxy started by an older ./dozo: it cannot be asked; its next start has the socket.
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!proxy.routesTo(module, replica)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(replica + " is ready but HAProxy does not route to it after 30 s; "
                        + "see logs/haproxy.log.");
            }
            ManagedProcess.sleep(100);
        }
    }

    /** Until the frontend hands a request to a replica (the readiness endpoint is not routed: it is on the replicas' management ports). */
    private void awaitThroughProxy(String module) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!ServiceApp.answers(stack.url(module))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(module + " is ready but HAProxy does not route to it after 30 s; "
                        + "see logs/haproxy.log.");
            }
            ManagedProcess.sleep(200);
        }
    }

    private void checkPortsFree(Set<String> alreadyRunning) {
        for (GaleraNode node : galera().nodes()) {
            if (!alreadyRunning.contains(node.name())) {
                for (int port : List.of(node.ports().client(), node.ports().galera(), node.ports().ist(),
                        node.ports().sst())) {
                    Ports.requireFree(port, node.name(),
                            "DOZO_HTTP_PORT_BASE (the cluster's nodes use base+20..base+31)");
                }
            }
        }
        ClusterPorts.CephPorts ceph = ports.ceph();
        if (!alreadyRunning.contains(CephCluster.monName())) {
            Ports.requireFree(ceph.mon(), CephCluster.monName(),
                    "DOZO_HTTP_PORT_BASE (the cluster's Ceph uses base+32..base+54)");
        }
        for (int gateway = 1; gateway <= ClusterPorts.GATEWAYS; gateway++) {
            if (!alreadyRunning.contains(CephCluster.gatewayName(gateway))) {
                Ports.requireFree(ceph.gateways().get(gateway - 1), CephCluster.gatewayName(gateway),
                        "DOZO_HTTP_PORT_BASE (the cluster's Ceph uses base+32..base+54)");
            }
        }
        if (!alreadyRunning.contains("haproxy")) {
            Ports.requireFree(settings.s3Port(), "HAProxy (the media S3 frontend)", "DOZO_S3_PORT");
            Ports.requireFree(settings.dbPort(), "HAProxy (the database frontend)", "DOZO_DB_PORT");
            for (String module : replicated()) {
                Ports.requireFree(stack.port(module), "HAProxy (" + module + ")", "DOZO_HTTP_PORT_BASE");
            }
        }
        for (String module : replicated()) {
            for (int replica = 1; replica <= ClusterPorts.REPLICAS; replica++) {
                if (!alreadyRunning.contains(replicaName(module, replica))) {
                    Ports.requireFree(replicaPort(module, replica), replicaName(module, replica),
                            "DOZO_HTTP_PORT_BASE (the cluster's replicas use base+10..base+19)");
                    Ports.requireFree(replicaManagementPort(module, replica), replicaName(module, replica)
                            + " (its management port)",
                            "DOZO_HTTP_PORT_BASE (the replicas' management ports are base+60..base+69)");
                }
            }
        }
    }
}
