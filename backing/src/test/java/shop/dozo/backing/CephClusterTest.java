package shop.dozo.backing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The media Ceph: its settings, the HAProxy frontend over its gateways, and a stopped cluster starting on its data. */
class CephClusterTest {
    @TempDir
    Path home;

    private final Map<String, ManagedProcess> running = new LinkedHashMap<>();

    @AfterEach
    void stopCeph() {
        stopAll();
    }

    @Test
    void settingsKeepThreeCopiesOnOneHostAndStayOnLoopback() {
        ClusterPorts.CephPorts ports = new ClusterPorts(20000).ceph();
        List<String> lines = CephSettings.config("fsid", home, ports).lines().toList();
        for (String setting : List.of("osd_pool_default_size = 3", "osd_pool_default_min_size = 2",
                "osd_crush_chooseleaf_type = 0", "mon_osd_reporter_subtree_level = osd",
                "bluestore_block_create = true",
                "public_addr = 127.0.0.1", "ms_bind_port_min = 20035", "ms_bind_port_max = 20054",
                "mon_host = [v2:127.0.0.1:20032]", "rgw_frontends = beast endpoint=127.0.0.1:20034")) {
            assertTrue(lines.contains(setting), setting + " in " + lines);
        }
        assertFalse(lines.stream().anyMatch(line -> line.startsWith("bluestore_block_path")),
                "the default block path: pointing it into the OSD's folder makes a symlink loop");
        assertTrue(ports.bindMax() < 20000 + ClusterPorts.SPAN, "Ceph stays inside the cluster's port block");
    }

    @Test
    void haproxyBalancesS3OverTheGateways() {
        ClusterPorts ports = new ClusterPorts(20000);
        String config = new HaProxy(Path.of("unused"), 20005, ports.nodes(), List.of(),
                new HaProxy.Service("media-s3", 20006, ports.ceph().gateways())).config();
        assertTrue(config.contains("bind 127.0.0.1:20006"), config);
        assertTrue(config.contains("server rgw-1 127.0.0.1:20033 check"), config);
        assertTrue(config.contains("server rgw-2 127.0.0.1:20034 check"), config);
    }

    @Test
    void aStoppedClusterStartsAgainWithItsObjects() throws Exception {
        Assumptions.assumeTrue(CephCluster.installed(), "needs Debian's ceph-mon, ceph-mgr, ceph-osd and radosgw");
        int base = LocalStack.Settings.forTest(home, List.of()).httpPortBase();
        CephCluster ceph = new CephCluster(home.resolve("ceph"), new ClusterPorts(base).ceph());
        ceph.start(Set.of(), home.resolve("logs"), false, running::put);
        assertEquals(ceph.memberNames(), new ArrayList<>(running.keySet()), "every daemon, in order");
        ceph.ensureUser("dozo-media", "media-access-key", "media-secret-key");
        MinioClient s3 = MinioClient.builder().endpoint("http://127.0.0.1:" + ceph.ports().gateways().get(1))
                .credentials("media-access-key", "media-secret-key").region("us-east-1").build();
        s3.makeBucket(MakeBucketArgs.builder().bucket("dozo-media").build());
        byte[] bytes = "藍染めの布ナプキン".getBytes(StandardCharsets.UTF_8);
        s3.putObject(PutObjectArgs.builder().bucket("dozo-media").object("a")
                .stream(new ByteArrayInputStream(bytes), (long) bytes.length, -1L).build());
        assertTrue(ceph.health().startsWith("HEALTH_"), ceph.health());

        stopAll();
        ceph.start(Set.of(), home.resolve("logs"), false, running::put);
        ceph.ensureUser("dozo-media", "media-access-key", "media-secret-key");
        assertTrue(s3.bucketExists(BucketExistsArgs.builder().bucket("dozo-media").build()));
        try (InputStream in = s3.getObject(GetObjectArgs.builder().bucket("dozo-media").object("a").build())) {
            assertEquals("藍染めの布ナプキン", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!ceph.activeClean() && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertTrue(ceph.activeClean(), "all placement groups active+clean: " + ceph.placementGroups());
        List<String> pools = ceph.ceph(Duration.ofSeconds(10), "osd", "pool", "ls", "detail").output().lines()
                .filter(line -> line.startsWith("pool ")).toList();
        assertFalse(pools.isEmpty());
        for (String pool : pools) {
            assertTrue(pool.contains("replicated size 3 min_size 2"), pool);
        }
    }

    private void stopAll() {
        List<ManagedProcess> reversed = new ArrayList<>(running.values());
        Collections.reverse(reversed);
        reversed.forEach(process -> process.stop(Duration.ofSeconds(30)));
        running.clear();
    }
}
