package shop.dozo.launcher;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import shop.dozo.backing.ClusterStack;
import shop.dozo.backing.GaleraCluster;
import shop.dozo.backing.GaleraNode;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ServiceApp;
import shop.dozo.launcher.backup.PidFiles;

final class StatusCommand {
    private final StackConfig config;
    private final PrintStream out;

    StatusCommand(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    int run() {
        List<PidFiles.Entry> running = new PidFiles(config.runDir()).running();
        if (running.isEmpty()) {
            out.println("Dozo is not running.");
            return 3;
        }
        LocalStack stack = new LocalStack(config.settings(true));
        if (stack.settings().cluster()) {
            return clusterStatus(stack, running);
        }
        for (PidFiles.Entry entry : running) {
            String state = "running";
            if (entry.name().endsWith("-service") || entry.name().equals("storefront")
                    || entry.name().equals(LocalStack.BACKOFFICE)) {
                state = ServiceApp.isReady(stack.managementUrl(entry.name())) ? "ready at " + stack.url(entry.name())
                        + " (health on " + stack.managementUrl(entry.name()) + ")" : "not ready";
            }
            out.println(String.format("  %-16s pid %-8d %s", entry.name(), entry.pid(), state));
        }
        return 0;
    }

    /** Every member, including the ones that are not running (./dozo up --cluster starts them again). */
    private int clusterStatus(LocalStack stack, List<PidFiles.Entry> running) {
        ClusterStack cluster = stack.cluster();
        GaleraCluster galera = cluster.galera();
        out.println("Dozo runs as a cluster; writes go to " + writer(cluster) + ".");
        int missing = 0;
        for (String name : stack.memberNames()) {
            PidFiles.Entry entry = running.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
            if (entry == null) {
                missing++;
                out.println(String.format("  %-20s %-12s not running", name, ""));
                continue;
            }
            String state = "running";
            if (name.startsWith("galera-")) {
                GaleraNode node = galera.node(name);
                Map<String, String> status = node.status("wsrep_local_state_comment", "wsrep_cluster_size");
                state = status.isEmpty() ? "not answering on 127.0.0.1:" + node.ports().client()
                        : status.get("wsrep_local_state_comment") + ", cluster size " + status.get("wsrep_cluster_size")
                                + ", 127.0.0.1:" + node.ports().client();
            } else if (name.equals("haproxy")) {
                state = "database on 127.0.0.1:" + stack.settings().dbPort() + ", services on "
                        + stack.url("storefront") + " ...";
            } else if (name.startsWith("ceph-")) {
                state = name.startsWith("ceph-rgw-")
                        ? "S3 gateway behind HAProxy's 127.0.0.1:" + stack.settings().s3Port()
                        : "media store (Ceph)";
            } else {
                String module = name.substring(0, name.lastIndexOf('-'));
                int replica = Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));
                String url = cluster.replicaUrl(module, replica);
                String health = cluster.replicaManagementUrl(module, replica);
                state = (ServiceApp.isReady(health) ? "ready at " : "not ready at ") + url + " (health on " + health
                        + ")";
            }
            out.println(String.format("  %-20s pid %-8d %s", name, entry.pid(), state));
        }
        // HEALTH_WARN names a nearly full OSD (OSD_NEARFULL) long before an upload fails on it.
        out.println(
                "Media store: " + cluster.ceph().health() + "; placement groups " + cluster.ceph().placementGroups());
        if (missing > 0) {
            out.println(missing + " not running: ./dozo up --cluster starts them again.");
        }
        return 0;
    }

    private static String writer(ClusterStack cluster) {
        try (Connection connection = cluster.writerConnection()) {
            return GaleraCluster.nodeName(connection);
        } catch (SQLException e) {
            return "no node (HAProxy reaches none: " + e.getMessage() + ")";
        }
    }
}
