package shop.dozo.deploytests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Values that would break the promise make helm template fail, and say why. */
class HelmRefusesUnsafeValuesTest {

    static Map<String, String> sets(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static Stream<Arguments> unsafe() {
        return Stream.of(
                // One pod of a service in prod.
                Arguments.of("one catalog pod in prod",
                        sets("services.catalog.autoscaling.enabled", "false", "services.catalog.replicas", "1"),
                        "/services/catalog/replicas"),
                Arguments.of("autoscaler floor 1 in prod", sets("serviceDefaults.autoscaling.minReplicas", "1"),
                        "/serviceDefaults/autoscaling/minReplicas"),
                Arguments.of("no PDB in prod", sets("services.cart.podDisruptionBudget.enabled", "false"),
                        "profile=prod needs a PodDisruptionBudget for cart"),
                Arguments.of("one MariaDB node in prod", sets("database.mariadb.replicas", "1"),
                        "/database/mariadb/replicas"),
                Arguments.of("even Galera cluster in prod", sets("database.mariadb.replicas", "4"),
                        "odd number of at least 3 nodes"),
                Arguments.of("no Galera in prod", sets("database.mariadb.galera.enabled", "false"),
                        "/database/mariadb/galera/enabled"),
                Arguments.of("relaxed flushing", sets("database.mariadb.extraMyCnf", "sync_binlog=0"),
                        "/database/mariadb/extraMyCnf"),
                // Rook-Ceph in prod: 3 copies on different hosts, 2 gateways on different nodes.
                Arguments.of("Rook pools of 2 copies in prod",
                        sets("objectStorage.mode", "rook", "objectStorage.rook.pools.size", "2"),
                        "pools of at least 3 copies (objectStorage.rook.pools.size=3), got 2"),
                Arguments.of("Rook copies on one host in prod",
                        sets("objectStorage.mode", "rook", "objectStorage.rook.pools.failureDomain", "osd"),
                        "objectStorage.rook.pools.failureDomain=host or wider"),
                Arguments.of("one Rook gateway in prod",
                        sets("objectStorage.mode", "rook", "objectStorage.rook.gateway.instances", "1"),
                        "at least 2 gateways (objectStorage.rook.gateway.instances), got 1"),
                Arguments.of("Rook gateways on one node in prod",
                        sets("objectStorage.mode", "rook", "objectStorage.rook.gateway.antiAffinity", "false"),
                        "objectStorage.rook.gateway.antiAffinity=true"),
                Arguments.of("SeaweedFS, which left the chart", sets("objectStorage.mode", "bundled"),
                        "/objectStorage/mode"),
                Arguments.of("the app's Secret as off-site keys in rook mode",
                        sets("objectStorage.mode", "rook", "backup.offsite.credentialsSecret", "dozo-media"),
                        "must not be the application's Secret (dozo-media)"),
                // The back office on the shop's public host.
                Arguments.of("the back office on the shop's host", sets("ingress.backoffice.host", "shop.example.com"),
                        "ingress.backoffice.host must not be the shop's host"),
                Arguments.of("an allow-list entry that is no address range",
                        sets("ingress.backoffice.allowFrom[0]", "office"), "/ingress/backoffice/allowFrom/0"),
                // No backup target.
                Arguments.of("no off-site endpoint", sets("backup.offsite.endpoint", ""), "/backup/offsite/endpoint"),
                Arguments.of("no off-site bucket", sets("backup.offsite.bucket", ""), "/backup/offsite/bucket"),
                Arguments.of("no off-site credentials", sets("backup.offsite.credentialsSecret", ""),
                        "/backup/offsite/credentialsSecret"),
                Arguments.of("off-site with the app's keys", sets("backup.offsite.credentialsSecret", "dozo-media-s3"),
                        "must not be the application's Secret"),
                Arguments.of("off-site is the media bucket",
                        sets("backup.offsite.endpoint", "s3.eu-central-1.amazonaws.com", "backup.offsite.bucket",
                                "dozo-media"),
                        "must not be the media bucket"),
                Arguments.of("binlogs more than a minute behind", sets("backup.binlogArchive.intervalSeconds", "120"),
                        "/backup/binlogArchive/intervalSeconds"),
                // Inline secrets.
                Arguments.of("inline database password", sets("database.password", "hunter2"),
                        "'password' not allowed"),
                Arguments.of("inline S3 secret key", sets("objectStorage.secretKey", "abc123"),
                        "'secretKey' not allowed"),
                Arguments.of("inline root password", sets("database.mariadb.rootPassword", "hunter2"),
                        "'rootPassword' not allowed"),
                Arguments.of("secret value as a Secret name", sets("secrets.jwt", "-----BEGIN PRIVATE KEY-----"),
                        "/secrets/jwt"),
                Arguments.of("password in extraEnv",
                        sets("services.cart.extraEnv[0].name", "DB_PASSWORD", "services.cart.extraEnv[0].value", "x"),
                        "services.cart.extraEnv[0] (DB_PASSWORD) looks like an inline secret value"),
                Arguments.of("key material in extraEnv",
                        sets("serviceDefaults.extraEnv[0].name", "MP_JWT_VERIFY_PUBLICKEY",
                                "serviceDefaults.extraEnv[0].value", "-----BEGIN PUBLIC KEY-----"),
                        "serviceDefaults.extraEnv[0]"),
                Arguments.of("token in an annotation", sets("ingress.annotations.token", "abc"),
                        "ingress.annotations.token looks like an inline secret"),
                // Restores need their inputs.
                Arguments.of("restore without a time", sets("restore.database.enabled", "true"),
                        "restore.database.targetRecoveryTime"),
                Arguments.of("replay without a GTID",
                        sets("restore.binlogReplay.enabled", "true", "restore.binlogReplay.sourceNode",
                                "dozo-mariadb-0",
                                "restore.binlogReplay.stopDatetime", "2026-11-25 10:15:00"),
                        "restore.binlogReplay.startGtid"));
    }

    @ParameterizedTest(name = "refuses {0}")
    @MethodSource("unsafe")
    void refuses(String name, Map<String, String> sets, String expected) {
        String message = Chart.templateError(List.of(Repo.PROD_VALUES), sets);
        assertTrue(message.contains(expected), "expected the message to say '" + expected + "', got:\n" + message);
    }

    @Test
    void templateFailuresExplainThemselves() {
        String message = Chart.templateError(List.of(Repo.PROD_VALUES),
                sets("services.cart.podDisruptionBudget.enabled", "false",
                        "backup.offsite.credentialsSecret", "dozo-media-s3"));
        assertTrue(message.contains("Dozo refuses these values (they would risk losing the shop)"), message);
        // Every problem is listed at once, not one per attempt.
        assertTrue(message.contains("PodDisruptionBudget for cart") && message.contains("application's Secret"),
                message);
    }

    @Test
    void refusesMariaDBTopologiesTheOperatorRejects() {
        // mariadb-operator's webhook (internal/webhook/v1alpha1/mariadb_webhook.go) refuses several replicas without
        // Galera or replication, and Galera with a single replica: say so at render time, in every profile.
        String several = Chart.templateError(List.of(Repo.DEV_VALUES), sets("database.mariadb.replicas", "3"));
        assertTrue(several.contains("database.mariadb.replicas=3 needs database.mariadb.galera.enabled=true"), several);
        String lonely = Chart.templateError(List.of(Repo.DEV_VALUES), sets("database.mariadb.galera.enabled", "true"));
        assertTrue(lonely.contains("Galera needs more than one node"), lonely);
    }

    @Test
    void devProfileMayRunSinglePodsButStillNeedsBackups() {
        Chart.template(List.of(Repo.DEV_VALUES), Map.of());
        String message = Chart.templateError(List.of(Repo.DEV_VALUES), sets("backup.offsite.endpoint", ""));
        assertTrue(message.contains("/backup/offsite/endpoint"), message);
        Path dev = Repo.DEV_VALUES;
        String inline = Chart.templateError(List.of(dev), sets("objectStorage.accessKey", "AKIA"));
        assertTrue(inline.contains("'accessKey' not allowed"), inline);
    }
}
