package shop.dozo.backing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart and the local cluster read one set of MariaDB settings, and a node's option file keeps them all. */
class GaleraSettingsTest {

    @Test
    void theChartRendersEveryFragmentTheClusterReads() throws Exception {
        String template = Files.readString(Tools.projectRoot().resolve("helm/dozo/templates/mariadb/mariadb.yaml"));
        for (String fragment : GaleraSettings.FRAGMENTS) {
            assertTrue(template.contains("\"file\" \"" + fragment + "\""), "the chart's myCnf includes " + fragment);
        }
        List<String> lines = GaleraSettings.lines();
        assertTrue(lines.contains("innodb_flush_log_at_trx_commit=1"), lines.toString());
        assertTrue(lines.contains("sync_binlog=1"), lines.toString());
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("log_bin=")), "binary logs on");
    }

    @Test
    void aNodesOptionFileHasTheSharedSettingsAndNothingRelaxesThem(@TempDir Path home) throws Exception {
        ClusterPorts ports = new ClusterPorts(20000);
        GaleraNode node = new GaleraNode(2, home, ports.nodes(), "root-pw", "sst-pw");
        node.writeOptionFile();
        List<String> lines = Files.readAllLines(node.optionFile());
        assertTrue(lines.containsAll(GaleraSettings.lines()), "every shared setting is in " + lines);
        for (String setting : List.of("innodb_flush_log_at_trx_commit", "sync_binlog")) {
            assertEquals(1, lines.stream().filter(line -> line.startsWith(setting + "=")).count(),
                    setting + " set once");
        }
        assertTrue(lines.contains("wsrep_sst_method=mariabackup"));
        assertTrue(lines.contains("port=" + ports.node(2).client()));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(node.optionFile())), "the SST password is the owner's only");
    }

    @Test
    void haproxyHasOneActiveWriterAndChecksReadiness() {
        ClusterPorts ports = new ClusterPorts(20000);
        String config = new HaProxy(Path.of("unused"), 20005, ports.nodes(),
                List.of(new HaProxy.Service("cart-service", 20002, List.of(20014, 20015), List.of(20064, 20065))))
                .config();
        assertEquals(2,
                config.lines().filter(line -> line.contains("server galera-") && line.endsWith(" backup")).count());
        assertTrue(config.contains("stick on dst"));
        assertTrue(config.contains("option httpchk GET /q/health/ready"));
        // Readiness is on the replicas' management ports; the frontend routes to their main ports only.
        assertTrue(config.contains("server cart-service-1 127.0.0.1:20014 check port 20064"), config);
        assertTrue(config.contains("server cart-service-2 127.0.0.1:20015 check port 20065"), config);
        assertTrue(config.contains("http-request del-header X-Forwarded-For"),
                "a client's own X-Forwarded-For is dropped");
    }
}
