package shop.dozo.backing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's HAProxy in front of the local cluster, standing in for the Kubernetes Services: one SQL frontend that
 * sends every connection to one Galera node at a time (the operator's primary Service), and one HTTP frontend per
 * service that balances over the replicas that answer their readiness endpoint, and one for the media store that
 * balances over the Ceph RGWs (the S3 gateways) that answer HTTP.
 */
public final class HaProxy {
    static final Path EXECUTABLE = Path.of("/usr/sbin/haproxy");

    /**
     * A service's frontend port, its replicas' ports, and the ports HAProxy checks them on (a service's management
     * port, which the frontend never routes to; the gateway's own port for S3).
     */
    public record Service(String name, int port, List<Integer> replicas, List<Integer> checkPorts) {
        public Service {
            if (checkPorts.size() != replicas.size()) {
                throw new IllegalArgumentException("one check port per replica: " + replicas + " / " + checkPorts);
            }
        }

        /** Checked on the port it serves. */
        public Service(String name, int port, List<Integer> replicas) {
            this(name, port, replicas, replicas);
        }
    }

    private final Path configFile;
    private final int dbPort;
    private final List<GaleraNode.NodePorts> nodes;
    private final List<Service> services;
    /** The media S3 frontend and its gateways, or null. */
    private final Service objectGateways;

    public HaProxy(Path configFile, int dbPort, List<GaleraNode.NodePorts> nodes, List<Service> services) {
        this(configFile, dbPort, nodes, services, null);
    }

    public HaProxy(Path configFile, int dbPort, List<GaleraNode.NodePorts> nodes, List<Service> services,
            Service objectGateways) {
        this.configFile = configFile;
        this.dbPort = dbPort;
        this.nodes = nodes;
        this.services = services;
        this.objectGateways = objectGateways;
    }

    public static boolean installed() {
        return Files.isExecutable(EXECUTABLE);
    }

    public ManagedProcess start(Path logFile, boolean detached) {
        if (!installed()) {
            throw new IllegalStateException(
                    "The cluster needs Debian's HAProxy (" + EXECUTABLE + "): sudo apt-get install haproxy");
        }
        Ports.requireFree(dbPort, "HAProxy (the database frontend)", "DOZO_DB_PORT");
        for (Service service : services) {
            Ports.requireFree(service.port(), "HAProxy (" + service.name() + ")", "DOZO_HTTP_PORT_BASE");
        }
        if (objectGateways != null) {
            Ports.requireFree(objectGateways.port(), "HAProxy (the media S3 frontend)", "DOZO_S3_PORT");
        }
        try {
            Files.createDirectories(configFile.getParent());
            Files.writeString(configFile, config());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + configFile + ": " + e.getMessage(), e);
        }
        // -db: stay in the foreground, so the process we record is HAProxy itself.
        ManagedProcess process = ManagedProcess.start("haproxy",
                List.of(EXECUTABLE.toString(), "-db", "-f", configFile.toString()), Map.of(), logFile, detached);
        process.awaitReady(() -> Ports.isListening(dbPort)
                && services.stream().allMatch(service -> Ports.isListening(service.port()))
                && (objectGateways == null || Ports.isListening(objectGateways.port())), Duration.ofSeconds(20));
        return process;
    }

    /** HAProxy's admin socket, beside its configuration. */
    Path adminSocket() {
        return configFile.resolveSibling("admin.sock");
    }

    public boolean hasAdminSocket() {
        return Files.exists(adminSocket());
    }

    /**
     * Whether HAProxy routes to {@code server} of {@code backend} now: its health checks passed (status UP). A
     * replica that answers its readiness endpoint is not yet routed to until HAProxy's own checks agree.
     */
    public boolean routesTo(String backend, String server) {
        for (String line : command("show stat").split("\n")) {
            String[] fields = line.split(",");
            // CSV: pxname, svname, ... status is field 17 (0-based).
            if (fields.length > 17 && fields[0].equals(backend) && fields[1].equals(server)) {
                return fields[17].startsWith("UP");
            }
        }
        return false;
    }

    /** One command on the admin socket (a Unix socket: Java 16+ speaks it without a library). */
    private String command(String command) {
        try (java.nio.channels.SocketChannel channel = java.nio.channels.SocketChannel.open(
                java.net.UnixDomainSocketAddress.of(adminSocket()))) {
            channel.write(
                    java.nio.ByteBuffer.wrap((command + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(16_384);
            while (channel.read(buffer) > 0) {
                answer.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return answer.toString(java.nio.charset.StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return "";
        }
    }

    String config() {
        List<String> lines = new ArrayList<>(List.of(
                "# Written by ./dozo up --cluster on every start; loopback only.",
                "global",
                "    maxconn 4000",
                // What `up --cluster` asks to know when HAProxy routes to a replica it just started.
                "    stats socket " + adminSocket() + " mode 600 level user",
                "defaults",
                "    timeout connect 1s",
                "    timeout client 60s",
                "    timeout server 60s",
                "    timeout check 1s",
                // Down after 2 failed checks 500 ms apart, up after 2 good ones.
                "    default-server inter 500ms fall 2 rise 2",
                "",
                "frontend db",
                "    mode tcp",
                "    bind 127.0.0.1:" + dbPort,
                "    timeout client 1h",
                "    default_backend galera",
                "backend galera",
                "    mode tcp",
                "    timeout server 1h",
                // A login handshake as a user without password or privileges: the node accepts SQL clients.
                "    option mysql-check user " + GaleraNode.CHECK_USER + " post-41",
                // One writer at a time: every connection sticks to the node chosen first and moves only when that
                // node is down, so a rejoined node 1 does not take writes back while node 2 still has sessions.
                "    stick-table type ip size 1",
                "    stick on dst"));
        for (int i = 0; i < nodes.size(); i++) {
            // Sessions on a node marked down are cut at once, so the services' pools reconnect to the next one.
            lines.add("    server galera-" + (i + 1) + " 127.0.0.1:" + nodes.get(i).client()
                    + " check on-marked-down shutdown-sessions" + (i == 0 ? "" : " backup"));
        }
        for (Service service : services) {
            lines.addAll(List.of("",
                    "frontend " + service.name(),
                    "    mode http",
                    "    bind 127.0.0.1:" + service.port(),
                    // HAProxy is the edge here (like the Ingress): what a client claims about its address is dropped,
                    // and the services trust X-Forwarded-For from 127.0.0.1 only.
                    "    http-request del-header X-Forwarded-For",
                    "    http-request del-header Forwarded",
                    "    http-request del-header X-Forwarded-Host",
                    "    http-request del-header X-Forwarded-Proto",
                    "    http-request del-header X-Forwarded-Port",
                    "    option forwardfor",
                    "    default_backend " + service.name(),
                    "backend " + service.name(),
                    "    mode http",
                    "    balance roundrobin",
                    "    option httpchk GET /q/health/ready",
                    "    http-check expect status 200",
                    // A refused connection (a replica just killed) is retried on the other replica.
                    "    retries 2",
                    "    option redispatch 1"));
            for (int r = 0; r < service.replicas().size(); r++) {
                lines.add("    server " + service.name() + "-" + (r + 1) + " 127.0.0.1:" + service.replicas().get(r)
                        + " check port " + service.checkPorts().get(r));
            }
        }
        if (objectGateways != null) {
            lines.addAll(objectGatewayLines(objectGateways));
        }
        return String.join("\n", lines) + "\n";
    }

    /** S3 to the RGWs: any HTTP answer to an anonymous GET / (RGW lists no buckets) means the gateway serves. */
    private static List<String> objectGatewayLines(Service s3) {
        List<String> lines = new ArrayList<>(List.of("",
                "frontend " + s3.name(),
                "    mode http",
                "    bind 127.0.0.1:" + s3.port(),
                "    default_backend " + s3.name(),
                "backend " + s3.name(),
                "    mode http",
                "    balance roundrobin",
                "    option httpchk GET /",
                "    http-check expect rstatus ^[234]",
                // A refused connection (a gateway just killed) is retried on the other gateway; S3 requests are
                // signed and uploads content-addressed, so a retry is safe.
                "    retries 2",
                "    option redispatch 1"));
        for (int g = 0; g < s3.replicas().size(); g++) {
            lines.add("    server rgw-" + (g + 1) + " 127.0.0.1:" + s3.replicas().get(g) + " check");
        }
        return lines;
    }
}
