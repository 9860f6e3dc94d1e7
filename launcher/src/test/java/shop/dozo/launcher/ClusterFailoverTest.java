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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import shop.dozo.backing.CephCluster;
import shop.dozo.backing.ClusterStack;
import shop.dozo.backing.Folders;
import shop.dozo.backing.GaleraCluster;
import shop.dozo.backing.GaleraNode;
import shop.dozo.backing.HaProxy;
import shop.dozo.backing.LocalStack;
import shop.dozo.testsupport.Prerequisites;

/**
 * {@code ./dozo up --cluster} under constant load loses nothing when one part dies. One cluster, started once, takes
 * two sets of faults in turn. Shoppers and a member of staff: the Galera node that takes the writes, one that does
 * not, a cart-service replica and a storefront replica. Staff uploads and shoppers' image views: an OSD, and both
 * RGWs at once. Each killed part is brought back by {@code ./dozo up --cluster}. bench/cluster-chaos.sh adds the
 * faults that take minutes. Prints the figures; asserts only what must hold, never timings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverTest {
    /** bench/cluster-chaos.sh: the faults that take minutes. */
    private static final boolean LONG = Boolean.getBoolean("dozo.chaos.long");

    /** Static: JUnit injects a PER_CLASS test's instance fields only after its @BeforeAll. */
    @TempDir
    static Path home;

    private DozoScript dozo;
    private LocalStack stack;
    private ClusterMembers members;
    private StaffEdits edits;

    @BeforeAll
    void startTheCluster() throws Exception {
        Prerequisites.need(GaleraNode.installed() && HaProxy.installed() && CephCluster.installed(),
                "Debian's mariadb-server, galera-4, mariadb-backup, socat, haproxy and Ceph (ceph-mon, ceph-mgr, "
                        + "ceph-osd, radosgw)");
        dozo = DozoScript.onFreePorts(home);
        DozoScript.Result up = dozo.run("up", "--cluster");
        assertEquals(0, up.exitCode(), up.output());
        stack = dozo.stack();
        members = new ClusterMembers(home);
        assertTrue(stack.settings().cluster(), "the data folder remembers it is a cluster");
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (dozo != null) {
            dozo.run("down");
            // The members' logs outlive the temporary folder: a 5xx in the figures can be looked up afterwards.
            Path kept = Path.of("target", "cluster-failover-logs");
            Folders.deleteTree(kept);
            java.nio.file.Files.createDirectories(kept);
            try (var logs = java.nio.file.Files.list(home.resolve("logs"))) {
                for (Path log : logs.toList()) {
                    java.nio.file.Files.copy(log, kept.resolve(log.getFileName()));
                }
            }
        }
    }

    @Test
    @Order(1)
    void losingAnyOnePartUnderLoadLosesNoOrder() throws Exception {
        ClusterStack cluster = stack.cluster();
        for (GaleraNode node : cluster.galera().nodes()) {
            assertEquals(3, GaleraCluster.clusterSize(node), node.name() + " sees all three nodes");
        }

        List<FailoverLoad.Figures> figures = new ArrayList<>();
        try (FailoverLoad load = new FailoverLoad(stack, skusInStock(cluster));
                StaffEdits staff = new StaffEdits(stack, aCategory(cluster))) {
            edits = staff;
            load.run(8);
            String writer = writer(cluster);
            figures.add(fault(load, cluster, "kill -9 of the writing node " + writer, writer));
            String other = cluster.galera().nodes().stream().map(GaleraNode::name)
                    .filter(name -> !name.equals(writer(cluster))).findFirst().orElseThrow();
            figures.add(fault(load, cluster, "kill -9 of the non-writing node " + other, other));
            figures.add(fault(load, cluster, "kill -9 of cart-service-1", "cart-service-1"));
            figures.add(fault(load, cluster, "kill -9 of storefront-2", "storefront-2"));
            if (LONG) {
                figures.add(pausedNode(load, cluster, writer(cluster)));
                figures.add(rollingRestart(load, cluster, stack));
            }
            abandonedCheckoutsExpireOnce(cluster, stack);
            staffEditsShowOnEveryReplica(cluster, staff);
        }
        System.out.println(FailoverLoad.Figures.table(figures));
        for (FailoverLoad.Figures f : figures) {
            FailoverLoad.Checks c = f.checks();
            assertEquals(0, c.lost(), f.fault() + ": acknowledged orders lost");
            assertEquals(0, c.duplicated(), f.fault() + ": orders placed twice");
            assertEquals(0, c.oversold(), f.fault() + ": SKUs below zero or off their ledger");
            assertEquals(0, c.withoutStockMovement(),
                    f.fault() + ": orders without their stock movement, or sold stock without an order");
            assertEquals(0, c.staffEditsLost(), f.fault() + ": acknowledged staff edits lost");
            assertTrue(c.nodesEqual(), f.fault() + ": every dozo_* table has the same checksum on all three nodes");
            assertTrue(f.recoveredAfterMillis() >= 0, f.fault() + ": checkout works again");
            assertTrue(f.acknowledged() > 0, f.fault() + ": the load kept placing orders");
        }
        assertTrue(edits.productAcknowledged() > 0 && edits.pageAcknowledged() > 0, "staff edits went through");
    }

    /**
     * The media store is a replicated Ceph: under staff uploads and shoppers' image views it loses no acknowledged
     * image. Uploads the store cannot take are refused with 503 and Retry-After, and their retry stores the image once.
     */
    @Test
    @Order(2)
    void losingAnOsdOrAGatewayUnderLoadLosesNoImage() throws Exception {
        MediaFaults faults = new MediaFaults(dozo, stack, members);
        assertTrue(faults.awaitActiveClean() >= 0,
                "the placement groups are active+clean: " + faults.placementGroups());
        String token = stack.ownerToken();
        int mediaBefore = faults.mediaCount(token);

        List<MediaLoad.Figures> figures = new ArrayList<>();
        try (MediaLoad load = new MediaLoad(stack, token)) {
            load.run(8);
            figures.add(faults.killed(load, "kill -9 of " + CephCluster.osdName(1), List.of(CephCluster.osdName(1))));
            if (LONG) {
                figures.add(faults.killed(load, "kill -9 of " + CephCluster.gatewayName(1),
                        List.of(CephCluster.gatewayName(1))));
                figures.add(faults.frozenOsd(load, CephCluster.osdName(2)));
            }
            figures.add(faults.killed(load, "kill -9 of both RGWs (the store is down)",
                    List.of(CephCluster.gatewayName(1), CephCluster.gatewayName(2))));
            load.pause();
            System.out.println(MediaLoad.Figures.table(figures));
            for (MediaLoad.Figures f : figures) {
                f.unclean()
                        .forEach(u -> System.out.println("  " + f.fault() + ": unclean upload answer " + u.answer()));
            }
            for (MediaLoad.Figures f : figures) {
                assertEquals(0, f.lost(), f.fault() + ": acknowledged images lost");
                assertEquals(0, f.corrupted(), f.fault() + ": images whose bytes are not their SHA-256");
                assertTrue(f.unclean().stream().noneMatch(u -> u.answer().startsWith("500")),
                        f.fault() + ": an upload answered 500: " + f.unclean());
                assertTrue(f.acknowledged() > 0, f.fault() + ": the load kept uploading");
                assertTrue(f.activeCleanMillis() >= 0, f.fault() + ": every placement group is active+clean again");
            }
            MediaLoad.Figures storeDown = figures.get(figures.size() - 1);
            assertTrue(storeDown.refusedUploads() > 0,
                    "with both gateways down, uploads are refused with 503 + Retry-After");
            assertTrue(storeDown.retriedOk() > 0, "a refused upload is stored by its retry");
            assertEquals(List.of(), storeDown.unclean(), "with the store down, every upload that failed was answered "
                    + "by content-service with 503 and Retry-After (not by the proxy, not with a 500)");
            assertEquals(0, load.abandoned(), "every refused upload was stored by a retry");
            assertEquals(0, load.changedReads(), "a shopper always gets the same bytes for the same image");
            long distinct = load.acknowledged().stream().map(MediaLoad.Upload::id).distinct().count();
            assertEquals(load.acknowledged().size(), distinct, "every upload was a new image with its own id");
            assertEquals(mediaBefore + distinct, faults.mediaCount(token),
                    "the library holds each acknowledged image once, and nothing else (no half-stored upload)");
        }
    }

    /**
     * Both catalog-service replicas run the reservation expiry every 30 s: checkouts abandoned after reserving
     * (aged in the database, as a crash would leave them) give their stock back exactly once.
     */
    private void abandonedCheckoutsExpireOnce(ClusterStack cluster, LocalStack stack) throws Exception {
        String sku = skusInStock(cluster).get(0);
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        int abandoned = 8;
        for (int i = 0; i < abandoned; i++) {
            // Half through each replica, so each one's expiry job has its own share to find, and the other's.
            String url = cluster.replicaUrl("catalog-service", 1 + i % 2) + "/internal/reservations/ft-abandoned-" + i;
            var reply = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .header("Content-Type", "application/json")
                    .header("X-Dozo-Internal-Key", stack.secrets().get("internal.key"))
                    .PUT(java.net.http.HttpRequest.BodyPublishers
                            .ofString("{\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}"))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, reply.statusCode(), reply.body());
        }
        try (Connection c = cluster.writerConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE dozo_catalog.stock_reservation SET expires_at = NOW(6) - INTERVAL 1 SECOND "
                    + "WHERE id LIKE 'ft-abandoned-%'");
        }
        long started = System.nanoTime();
        int open = abandoned;
        while (open > 0 && System.nanoTime() - started < 75_000_000_000L) {
            Thread.sleep(1000);
            open = count(cluster, "SELECT COUNT(*) FROM dozo_catalog.stock_reservation WHERE id LIKE 'ft-abandoned-%' "
                    + "AND status <> 'EXPIRED'");
        }
        System.out.printf("  %d abandoned reservations expired by the two catalog-service replicas in %.1f s%n",
                abandoned - open, (System.nanoTime() - started) / 1e9);
        assertEquals(0, open, "every abandoned reservation expires within two runs of the 30 s job");
        assertEquals(abandoned, count(cluster, "SELECT COUNT(*) FROM dozo_catalog.stock_ledger "
                + "WHERE reservation_id LIKE 'ft-abandoned-%' AND delta > 0"),
                "each gives its stock back exactly once");
    }

    /** The bound the README states: storefront caches keep a product 30 s and a page 60 s; search polls every 3 s. */
    private void staffEditsShowOnEveryReplica(ClusterStack cluster, StaffEdits staff) throws Exception {
        staff.pause();
        Thread.sleep(1500);
        int[] stored = staff.stored();
        long started = System.nanoTime();
        boolean shown = StaffEdits.showsEverywhere(cluster, stored[0], stored[1]);
        while (!shown && System.nanoTime() - started < 70_000_000_000L) {
            Thread.sleep(500);
            shown = StaffEdits.showsEverywhere(cluster, stored[0], stored[1]);
        }
        System.out.printf("  the last staff edits (product %d, page %d; %d staff requests failed in all) showed on "
                + "every replica after %.1f s%n", stored[0], stored[1], staff.failed(),
                (System.nanoTime() - started) / 1e9);
        assertTrue(shown, "the last product and page edit show on both storefront replicas and in both catalog "
                + "replicas' search within the caches' 60 s");
    }

    /** Injects one fault under load, lets ./dozo up --cluster bring the part back, then checks with the load paused. */
    private FailoverLoad.Figures fault(FailoverLoad load, ClusterStack cluster, String fault, String member)
            throws Exception {
        FailoverLoad.Phase phase = load.beginPhase();
        long pid = members.pidOf(member);
        long injected = System.nanoTime();
        Faults.kill9(pid);
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
        long pid = members.pidOf(node);
        long injected = System.nanoTime();
        ClusterMembers.signal("STOP", pid);
        try {
            load.run(30);
        } finally {
            ClusterMembers.signal("CONT", pid);
        }
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (!cluster.galera().nodes().stream().allMatch(n -> n.synced() && GaleraCluster.clusterSize(n) == 3)) {
            assertTrue(System.nanoTime() < deadline, node + " rejoins after SIGCONT");
            load.run(1);
        }
        return settleAndMeasure(load, cluster, phase, fault, injected);
    }

    /** Every service replica in turn stopped politely (SIGTERM) and started again by ./dozo up --cluster. */
    private FailoverLoad.Figures rollingRestart(FailoverLoad load, ClusterStack cluster, LocalStack stack)
            throws Exception {
        FailoverLoad.Phase phase = load.beginPhase();
        long injected = System.nanoTime();
        for (String module : stack.settings().services()) {
            for (int replica = 1; replica <= 2; replica++) {
                String name = ClusterStack.replicaName(module, replica);
                ProcessHandle process = ProcessHandle.of(members.pidOf(name)).orElseThrow();
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
        edits.pause();
        int[] orders = checkedOrders(cluster, load.acknowledged());
        FailoverLoad.Checks checks = new FailoverLoad.Checks(orders[0], orders[1], orders[2], orders[3],
                edits.lostEdits(cluster), nodesEqual(cluster));
        FailoverLoad.Figures figures = phase.end(fault, injected, checks);
        edits.resume();
        load.resume();
        return figures;
    }

    private static String writer(ClusterStack cluster) {
        try (Connection connection = cluster.writerConnection()) {
            return GaleraCluster.nodeName(connection);
        } catch (SQLException e) {
            throw new AssertionError("no writer through HAProxy: " + e.getMessage(), e);
        }
    }

    /**
     * Lost: acknowledged but absent; duplicated: a shopper's one checkout stored twice; oversold: stock off; without
     * stock movement: an order whose units were not taken on the ledger, or sold stock with no order.
     */
    private static int[] checkedOrders(ClusterStack cluster, List<String> acknowledged) throws SQLException {
        Map<String, Integer> stored = new TreeMap<>();
        try (Connection c = cluster.writerConnection(); Statement s = c.createStatement();
                ResultSet rows =
                        s.executeQuery("SELECT order_number FROM dozo_cart.customer_order WHERE email LIKE 'ft-%'")) {
            while (rows.next()) {
                stored.merge(rows.getString(1), 1, Integer::sum);
            }
        }
        int duplicated = count(cluster, "SELECT COUNT(*) FROM (SELECT email FROM dozo_cart.customer_order "
                + "WHERE email LIKE 'ft-%' GROUP BY email HAVING COUNT(*) > 1) twice")
                + (int) stored.values().stream().filter(n -> n > 1).count();
        // Below zero, or not what the ledger says it is.
        int oversold = count(cluster, "SELECT COUNT(*) FROM dozo_catalog.stock_item i WHERE i.available < 0 "
                + "OR i.available <> (SELECT COALESCE(SUM(l.delta), 0) FROM dozo_catalog.stock_ledger l WHERE l.sku = i.sku)");
        // The reservation is keyed by the order's id: its ledger lines took exactly the order's units.
        int withoutMovement = count(cluster,
                "SELECT COUNT(*) FROM dozo_cart.customer_order o WHERE o.email LIKE 'ft-%' "
                        + "AND (SELECT COALESCE(-SUM(l.delta), 0) FROM dozo_catalog.stock_ledger l "
                        + "WHERE l.reservation_id = o.id COLLATE ascii_bin) "
                        + "<> (SELECT SUM(ol.quantity) FROM dozo_cart.order_line ol WHERE ol.order_id = o.id)")
                + count(cluster, "SELECT COUNT(*) FROM dozo_catalog.stock_reservation r WHERE r.status = 'COMMITTED' "
                        + "AND NOT EXISTS (SELECT 1 FROM dozo_cart.customer_order o WHERE o.id = r.id COLLATE ascii_general_ci)");
        int lost = (int) acknowledged.stream().filter(number -> !stored.containsKey(number)).count();
        return new int[]{lost, duplicated, oversold, withoutMovement};
    }

    private static int count(ClusterStack cluster, String sql) throws SQLException {
        try (Connection c = cluster.writerConnection(); Statement s = c.createStatement();
                ResultSet row = s.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static String aCategory(ClusterStack cluster) throws SQLException {
        try (Connection c = cluster.writerConnection(); Statement s = c.createStatement();
                ResultSet row = s.executeQuery("SELECT slug FROM dozo_catalog.category ORDER BY slug LIMIT 1")) {
            assertTrue(row.next(), "the demo shop has categories");
            return row.getString(1);
        }
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
            try (ResultSet rows =
                    s.executeQuery("SELECT CONCAT(table_schema, '.', table_name) FROM information_schema.tables "
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
                ResultSet rows =
                        s.executeQuery("SELECT sku FROM dozo_catalog.stock_item WHERE available >= 100 ORDER BY sku")) {
            while (rows.next()) {
                skus.add(rows.getString(1));
            }
        }
        assertFalse(skus.isEmpty(), "the demo shop has SKUs in stock");
        return skus;
    }
}
