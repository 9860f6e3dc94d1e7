package shop.dozo.backing;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the parts of {@code ./dozo up --cluster} listen. HAProxy takes the ports the single-node shop uses (the
 * services' DOZO_HTTP_PORT_BASE block and DOZO_DB_PORT), so every client and setting stays the same; the service
 * replicas and the Galera nodes sit above the HTTP base: replicas at base+10..base+19, nodes at base+20..base+31,
 * and the media Ceph at base+32..base+54 (monitor base+32, the RGWs base+33 and base+34, and base+35..base+54 for
 * the manager's and OSDs' messengers). HAProxy's media frontend takes DOZO_S3_PORT, where the single-node S3 server
 * listens. The back office runs once, at base+8 (management base+9). Management interfaces (health, metrics): the single-node services at base+55..base+59
 * ({@link #singleNodeManagement}), the replicas at base+60..base+69 ({@link #replicaManagement}). The mail catcher takes base+70 (SMTP) and base+71 (its REST API).
 */
public record ClusterPorts(int httpPortBase) {
    public static final int REPLICAS = 2;
    public static final int NODES = 3;
    /** How many ports above the HTTP base a stack uses, for a test that picks a free block. */
    public static final int SPAN = 72;
    /** The mail catcher, single node and cluster alike, above everything else: SMTP at base+70, its API base+71. */
    static final int MAIL_SMTP = 70;
    static final int MAIL_API = 71;
    /** Above everything else in the block: a test stack puts MariaDB and the S3 servers at base+5..base+7. */
    static final int SINGLE_NODE_MANAGEMENT = 55;
    static final int REPLICA_MANAGEMENT = 60;
    /** The back office (base+8, one instance even in a cluster) has its management interface next to it. */
    static final int BACKOFFICE_MANAGEMENT = 9;
    public static final int OSDS = 3;
    public static final int GATEWAYS = 2;

    /** The Ceph monitor, the RGWs, and the range the manager and the OSDs bind their messengers in. */
    public record CephPorts(int mon, List<Integer> gateways, int bindMin, int bindMax) {
    }

    public CephPorts ceph() {
        return new CephPorts(httpPortBase + 32, List.of(httpPortBase + 33, httpPortBase + 34), httpPortBase + 35,
                httpPortBase + 54);
    }

    /** @param serviceOffset the service's offset in the single-node layout; {@code replica} counts from 1 */
    public int replica(int serviceOffset, int replica) {
        return httpPortBase + 10 + serviceOffset * REPLICAS + (replica - 1);
    }

    /** The management port of a single-node service ({@code ./dozo up}). */
    public int singleNodeManagement(int serviceOffset) {
        return httpPortBase + SINGLE_NODE_MANAGEMENT + serviceOffset;
    }

    /** The management port of a replica, which HAProxy checks and never routes to. */
    public int replicaManagement(int serviceOffset, int replica) {
        return httpPortBase + REPLICA_MANAGEMENT + serviceOffset * REPLICAS + (replica - 1);
    }

    /** @param node counts from 1 */
    public GaleraNode.NodePorts node(int node) {
        int first = httpPortBase + 20 + (node - 1) * 4;
        return new GaleraNode.NodePorts(first, first + 1, first + 2, first + 3);
    }

    public List<GaleraNode.NodePorts> nodes() {
        List<GaleraNode.NodePorts> nodes = new ArrayList<>();
        for (int node = 1; node <= NODES; node++) {
            nodes.add(node(node));
        }
        return nodes;
    }
}
