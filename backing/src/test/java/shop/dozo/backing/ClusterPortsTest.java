package shop.dozo.backing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every port of the single-node shop and of the cluster comes from the HTTP base, and no two collide. */
class ClusterPortsTest {
    private static final int BASE = 20000;

    @Test
    void managementPortsCollideWithNothingAndStayInsideTheBlock(@TempDir Path home) {
        // A test stack's layout (MariaDB and the S3 servers at base+5..+7), as a cluster, so both layouts are checked.
        LocalStack.Settings test = new LocalStack.Settings(home, BASE + 5, BASE + 6, BASE + 7, BASE,
                LocalStack.ALL_SERVICES, false, "owner@dozo.test", true);
        LocalStack stack = new LocalStack(test);
        ClusterStack cluster = stack.cluster();
        ClusterPorts ports = cluster.ports();
        List<Integer> all = new ArrayList<>(List.of(test.dbPort(), test.s3Port(), test.backupS3Port()));
        for (String module : LocalStack.ALL_SERVICES) {
            all.add(stack.port(module));
            all.add(stack.managementPort(module));
        }
        assertEquals(false, cluster.replicated().contains(LocalStack.BACKOFFICE), "the back office runs once");
        for (String module : cluster.replicated()) {
            all.addAll(cluster.replicaPorts(module));
            all.addAll(cluster.replicaManagementPorts(module));
        }
        ports.nodes().forEach(node -> all.addAll(List.of(node.client(), node.galera(), node.ist(), node.sst())));
        ClusterPorts.CephPorts ceph = ports.ceph();
        all.add(ceph.mon());
        all.addAll(ceph.gateways());
        for (int port = ceph.bindMin(); port <= ceph.bindMax(); port++) {
            all.add(port);
        }
        all.add(stack.mail().smtpPort());
        all.add(stack.mail().apiPort());
        Set<Integer> distinct = new HashSet<>(all);
        assertEquals(all.size(), distinct.size(), "no port is used twice: " + all);
        assertTrue(all.stream().allMatch(port -> port >= BASE && port < BASE + ClusterPorts.SPAN), "inside the block");
        assertEquals(BASE + 55, stack.managementPort("storefront"), "single-node management ports are base+55..+59");
        assertEquals(BASE + 8, stack.port(LocalStack.BACKOFFICE), "the back office at base+8");
        assertEquals(BASE + 9, stack.managementPort(LocalStack.BACKOFFICE));
        assertEquals(BASE + 69, cluster.replicaManagementPort("review-service", 2), "replicas' are base+60..+69");
        assertEquals(BASE + 70, stack.mail().smtpPort(), "the mail catcher's SMTP at base+70, its API at base+71");
    }
}
