package shop.dozo.backing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Three Galera nodes on one machine. A fresh cluster starts on node 1 with {@code --wsrep-new-cluster}; a stopped
 * one starts again from the node that saw the last write (safe_to_bootstrap, else the highest seqno, recovered
 * from InnoDB after a crash), as Galera requires; the others join it one at a time, by IST or SST.
 */
public final class GaleraCluster {
    private final List<GaleraNode> nodes = new ArrayList<>();

    public GaleraCluster(Path home, ClusterPorts ports, String rootPassword, String sstPassword) {
        for (int number = 1; number <= ClusterPorts.NODES; number++) {
            nodes.add(new GaleraNode(number, home, ports.nodes(), rootPassword, sstPassword));
        }
    }

    public List<GaleraNode> nodes() {
        return nodes;
    }

    public GaleraNode node(String name) {
        return nodes.stream().filter(node -> node.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No Galera node " + name));
    }

    /**
     * Starts the nodes not in {@code alreadyRunning}: when none runs, bootstraps first; otherwise they join.
     * Each started node is reported to {@code started} as soon as it is synced.
     */
    public void start(Set<String> alreadyRunning, Path logs, boolean detached,
            BiConsumer<String, ManagedProcess> started) {
        if (!GaleraNode.installed()) {
            throw new IllegalStateException("The cluster needs Debian's MariaDB Galera server (" + GaleraNode.SERVER
                    + ", " + GaleraNode.PROVIDER + "). Install it with: sudo apt-get install mariadb-server galera-4 "
                    + "mariadb-backup socat haproxy (./dozo up --cluster does this when run as root).");
        }
        List<GaleraNode> toStart = nodes.stream().filter(node -> !alreadyRunning.contains(node.name())).toList();
        if (toStart.isEmpty()) {
            return;
        }
        List<GaleraNode> joiners = new ArrayList<>(toStart);
        if (toStart.size() == nodes.size()) {
            GaleraNode first = bootstrapNode(logs);
            started.accept(first.name(), first.bootstrap(logs.resolve(first.name() + ".log"), detached));
            joiners.remove(first);
        }
        for (GaleraNode node : joiners) {
            started.accept(node.name(), node.join(logs.resolve(node.name() + ".log"), detached));
        }
    }

    /**
     * The node to start a stopped cluster from. A cleanly stopped cluster marks its last node safe_to_bootstrap;
     * after a crash of all nodes no one is, and the one with the highest recovered seqno has every write.
     */
    GaleraNode bootstrapNode(Path logs) {
        List<GaleraNode> withData = nodes.stream().filter(GaleraNode::hasData).toList();
        if (withData.isEmpty()) {
            return nodes.get(0);
        }
        for (GaleraNode node : withData) {
            if (node.state().map(GaleraNode.State::safeToBootstrap).orElse(false)) {
                return node;
            }
        }
        GaleraNode best = null;
        long bestSeqno = Long.MIN_VALUE;
        for (GaleraNode node : withData) {
            long seqno = node.state().map(GaleraNode.State::seqno).orElse(-1L);
            if (seqno < 0) {
                seqno = node.recoverSeqno(logs.resolve(node.name() + ".log"));
            }
            if (seqno > bestSeqno) {
                best = node;
                bestSeqno = seqno;
            }
        }
        if (best == null || bestSeqno < 0) {
            throw new IllegalStateException(
                    "No Galera node knows its last write (grastate.dat and --wsrep-recover gave "
                            + "no position). Look at the logs in " + logs + " before starting the cluster by hand.");
        }
        best.markSafeToBootstrap();
        return best;
    }

    /** wsrep_cluster_size as one node sees it; 0 when it cannot be reached. */
    public static int clusterSize(GaleraNode node) {
        String size = node.status("wsrep_cluster_size").get("wsrep_cluster_size");
        return size == null ? 0 : Integer.parseInt(size);
    }

    /** Which node answers on a connection (through HAProxy: the one taking the writes). */
    public static String nodeName(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT @@wsrep_node_name")) {
            row.next();
            return row.getString(1);
        }
    }
}
