package shop.dozo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.dozo.backing.CephCluster;
import shop.dozo.backing.ClusterStack;
import shop.dozo.backing.GaleraCluster;
import shop.dozo.backing.GaleraNode;
import shop.dozo.backing.HaProxy;
import shop.dozo.backing.LocalStack;
import shop.dozo.launcher.backup.PidFiles;

/**
 * {@code ./dozo up --cluster} under a constant load of shoppers loses nothing when one part dies: the Galera node
 * that takes the writes, one that does not, a cart-service replica and a storefront replica, one at a time, each
 * brought back by {@code ./dozo up --cluster}. Prints the figures; asserts only what must hold, never timings.
 */
class ClusterFailoverTest {

    @TempDir
    Path home;

    private DozoScript dozo;

    @AfterEach
    void stopEverything() throws Exception {
        if (dozo != null) {
            dozo.run("down");
        }
    }

    @Test
    void losingAnyOnePartUnderLoadLosesNoOrder() throws Exception {
        Assumptions.assumeTrue(GaleraNode.installed() && HaProxy.installed() && CephCluster.installed(),
                "needs Debian's mariadb-server, galera-4, mariadb-backup, socat, haproxy and Ceph (ceph-mon, ceph-mgr, "
                        + "ceph-osd, radosgw) (./dozo test installs them as root)");
        dozo = DozoScript.onFreePorts(home);
        DozoScript.Result up = dozo.run("up", "--cluster");
        assertEquals(0, up.exitCode(), up.output());
        LocalStack stack = dozo.stack();
        assertTrue(stack.settings().cluster(), "the data folder remembers it is a cluster");
        ClusterStack cluster = stack.cluster();
        for (GaleraNode node : cluster.galera().nodes()) {
            assertEquals(3, GaleraCluster.clusterSize(node), node.name() + " sees all three nodes");
        }

        List<FailoverLoad.Figures> figures = new ArrayList<>();
        try (FailoverLoad load = new FailoverLoad(stack, skusInStock(cluster))) {
            load.run(8);
            String writer = writer(cluster);
            figures.add(fault(load, cluster, "kill -9 of the writing node " + writer, writer));
            String other = cluster.galera().nodes().stream().map(GaleraNode::name)
                    .filter(name -> !name.equals(writer(cluster))).findFirst().orElseThrow();
            figures.add(fault(load, cluster, "kill -9 of the non-writing node " + other, other));
            figures.add(fault(load, cluster, "kill -9 of cart-service-1", "cart-service-1"));
            figures.add(fault(load, cluster, "kill -9 of storefront-2", "storefront-2"));
            if (Boolean.getBoolean("dozo.chaos.long")) {
                // bench/cluster-chaos.sh: the faults that take minutes.
                figures.add(pausedNode(load, cluster, writer(cluster)));
                figures.add(rollingRestart(load, cluster, stack));
            }
        }
        System.out.println(FailoverLoad.Figures.table(figures));
        for (FailoverLoad.Figures f : figures) {
            assertEquals(0, f.lost(), f.fault() + ": acknowledged orders lost");
            assertEquals(0, f.duplicated(), f.fault() + ": orders placed twice");
            assertEquals(0, f.oversold(), f.fault() + ": SKUs below zero or off their ledger");
            assertTrue(f.nodesEqual(), f.fault() + ": every dozo_* table has the same checksum on all three nodes");
            assertTrue(f.recoveredAfterMillis() >= 0, f.fault() + ": checkout works again");
            assertTrue(f.acknowledged() > 0, f.fault() + ": the load kept placing orders");
        }
    }

    /** Injects one fault under load, lets ./dozo up --cluster bring the part back, then checks with the load paused. */
    private FailoverLoad.Figures fault(FailoverLoad load, ClusterStack cluster, String fault, String member)
            throws Exception {
        FailoverLoad.Phase phase = load.beginPhase();
        Faults.kill9(pidOf(member));
        long injected = System.nanoTime();
        load.run(4);
        DozoScript.Result heal = dozo.run("up", "--cluster");
        assertEquals(0, heal.exitCode(), heal.output());
        assertTrue(heal.output().contains(member), "up --cluster restarts " + member + ": " + heal.output());
        return settleAndMeasure(load, cluster, phase, fault, injected);
    }

    /** SIGSTOP of a node for 30 s, then SIGCONT: a stand-in for a partition; the node rejoins on its own. */
    private FailoverLoad.Figures pausedNode(FailoverLoad load, ClusterStack cluster, String node) throws Exception {
        String fault = "SIGSTOP of the writing node " + node + " for 30 s";
        FailoverLoad.Phase phase = load.beginPhase();
        long pid = pidOf(node);
        signal("STOP", pid);
        long injected = System.nanoTime();
        try {
            load.run(30);
        } finally {
            signal("CONT", pid);
        }
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!cluster.galera().nodes().stream().allMatch(n -> n.synced() && GaleraCluster.clusterSize(n) == 3)) {
            assertTrue(System.nanoTime() < deadline, node + " rejoins after SIGCONT");
            load.run(1);
        }
        return settleAndMeasure(load, cluster, phase, fault, injected);
    }

    /** Every service replica in turn stopped politely (SIGTERM) and started again by ./dozo up --cluster. */
    private FailoverLoad.Figures rollingRestart(FailoverLoad load, ClusterStack cluster, LocalStack stack) throws Exception {
        FailoverLoad.Phase phase = load.beginPhase();
        long injected = System.nanoTime();
        for (String module : stack.settings().services()) {
            for (int replica = 1; replica <= 2; replica++) {
                String name = ClusterStack.replicaName(module, replica);
                ProcessHandle process = ProcessHandle.of(pidOf(name)).orElseThrow();
                process.destroy();
                process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                DozoScript.Result heal = dozo.run("up", "--cluster");
                assertEquals(0, heal.exitCode(), heal.output());
            }
        }
        return settleAndMeasure(load, cluster, phase, "rolling restart of every service replica", injected);
    }

    /** Six more seconds of load, then, with the load paused, the phase's figures and every check on the data. */
    private FailoverLoad.Figures settleAndMeasure(FailoverLoad load, ClusterStack cluster, FailoverLoad.Phase phase,
            String fault, long injected) throws Exception {
        load.run(6);
        load.pause();
        FailoverLoad.Figures figures = phase.end(fault, injected, checkedOrders(cluster, load.acknowledged()),
                nodesEqual(cluster));
        load.resume();
        return figures;
    }

    private long pidOf(String member) {
        return new PidFiles(home.resolve("run")).running().stream().filter(e -> e.name().equals(member))
                .findFirst().orElseThrow(() -> new AssertionError(member + " is not running")).pid();
    }

    private static void signal(String signal, long pid) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor());
    }

    private static String writer(ClusterStack cluster) {
        try (Connection connection = cluster.writerConnection()) {
            return GaleraCluster.nodeName(connection);
        } catch (SQLException e) {
            throw new AssertionError("no writer through HAProxy: " + e.getMessage(), e);
        }
    }

    /** Lost: acknowledged but absent; duplicated: a shopper's one checkout stored twice; oversold: stock off. */
    private static int[] checkedOrders(ClusterStack cluster, List<String> acknowledged) throws SQLException {
        Map<String, Integer> stored = new TreeMap<>();
        int duplicated;
        int oversold;
        try (Connection c = cluster.writerConnection(); Statement s = c.createStatement()) {
            try (ResultSet rows = s.executeQuery("SELECT order_number FROM dozo_cart.customer_order WHERE email LIKE 'ft-%'")) {
                while (rows.next()) {
                    stored.merge(rows.getString(1), 1, Integer::sum);
                }
            }
            try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM (SELECT email FROM dozo_cart.customer_order "
                    + "WHERE email LIKE 'ft-%' GROUP BY email HAVING COUNT(*) > 1) twice")) {
                rows.next();
                duplicated = rows.getInt(1) + (int) stored.values().stream().filter(n -> n > 1).count();
            }
            // Below zero, or not what the ledger says it is.
            try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM dozo_catalog.stock_item i WHERE i.available < 0 "
                    + "OR i.available <> (SELECT COALESCE(SUM(l.delta), 0) FROM dozo_catalog.stock_ledger l WHERE l.sku = i.sku)")) {
                rows.next();
                oversold = rows.getInt(1);
            }
        }
        int lost = (int) acknowledged.stream().filter(number -> !stored.containsKey(number)).count();
        return new int[] {lost, duplicated, oversold};
    }

    /** CHECKSUM TABLE of every dozo_* table on each node; background jobs may write meanwhile, so a few tries. */
    private static boolean nodesEqual(ClusterStack cluster) throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            List<Map<String, Long>> sums = new ArrayList<>();
            for (GaleraNode node : cluster.galera().nodes()) {
                sums.add(checksums(node));
            }
            if (!sums.get(0).isEmpty() && sums.stream().allMatch(sums.get(0)::equals)) {
                System.out.println("  " + sums.get(0).size() + " dozo_* tables equal on all three nodes");
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static Map<String, Long> checksums(GaleraNode node) throws SQLException {
        Map<String, Long> sums = new TreeMap<>();
        try (Connection c = node.connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = s.executeQuery("SELECT CONCAT(table_schema, '.', table_name) FROM information_schema.tables "
                    + "WHERE table_schema LIKE 'dozo\\_%' AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet row = s.executeQuery("CHECKSUM TABLE " + table)) {
                    row.next();
                    sums.put(table, row.getLong(2));
                }
            }
        }
        return sums;
    }

    private static List<String> skusInStock(ClusterStack cluster) throws SQLException {
        List<String> skus = new ArrayList<>();
        try (Connection c = cluster.writerConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT sku FROM dozo_catalog.stock_item WHERE available >= 100 ORDER BY sku")) {
            while (rows.next()) {
                skus.add(rows.getString(1));
            }
        }
        assertFalse(skus.isEmpty(), "the demo shop has SKUs in stock");
        return skus;
    }
}
