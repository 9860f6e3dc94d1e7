package shop.dozo.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.LintResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shop.dozo.deploytests.Promises.Expect;

/** helm lint --strict and helm template of helm/dozo with the default, dev-like and prod-like values. */
class HelmChartTest {
    static final Expect DEFAULT =
            new Expect(true, 3, true, "dozo-offsite-backups", "dozo-offsite-s3", "dozo-media-s3", false);
    static final Expect PROD = DEFAULT;
    /** In rook mode the media keys are in the Secret Rook writes for the ObjectBucketClaim dozo-media. */
    static final Expect PROD_ROOK =
            new Expect(true, 3, true, "dozo-offsite-backups", "dozo-offsite-s3", "dozo-media", true);
    static final Expect DEV = new Expect(false, 1, false, "dozo-dev-offsite", "dozo-offsite-s3", "dozo-media", true);

    static Stream<Arguments> lintCases() {
        return Stream.of(Arguments.of("default", null), Arguments.of("dev", Repo.DEV_VALUES),
                Arguments.of("prod", Repo.PROD_VALUES));
    }

    @ParameterizedTest(name = "helm lint --strict with {0} values")
    @MethodSource("lintCases")
    void lintsStrict(String name, Path values) {
        LintResult result = Chart.lintStrict(values);
        assertFalse(result.isFailed(), "lint failed: " + result.getMessages());
        for (String message : result.getMessages()) {
            assertFalse(message.contains("[ERROR]") || message.contains("[WARNING]"), message);
        }
    }

    static Stream<Arguments> renderings() {
        return Stream.of(
                Arguments.of("default", List.of(), Map.of(), DEFAULT),
                Arguments.of("prod", List.of(Repo.PROD_VALUES), Map.of(), PROD),
                Arguments.of("prod, Rook-Ceph", List.of(Repo.PROD_VALUES), Map.of("objectStorage.mode", "rook"),
                        PROD_ROOK),
                Arguments.of("prod, Rook-Ceph, plain Jobs", List.of(Repo.PROD_VALUES),
                        Map.of("objectStorage.mode", "rook", "helmHooks", "false"), PROD_ROOK),
                Arguments.of("dev", List.of(Repo.DEV_VALUES), Map.of(), DEV),
                Arguments.of("prod, MariaDB NetworkPolicy", List.of(Repo.PROD_VALUES),
                        Map.of("networkPolicy.database.enabled", "true"), PROD),
                Arguments.of("dev, MariaDB NetworkPolicy", List.of(Repo.DEV_VALUES),
                        Map.of("networkPolicy.database.enabled", "true"), DEV),
                Arguments.of("prod, plain Jobs", List.of(Repo.PROD_VALUES), Map.of("helmHooks", "false"), PROD));
    }

    @ParameterizedTest(name = "helm template with {0} values keeps every promise")
    @MethodSource("renderings")
    void keepsThePromises(String name, List<Path> files, Map<String, String> sets, Expect expect) {
        Manifests m = Chart.template(files, sets);
        Promises.assertAll(m, expect);
    }

    @Test
    void prodRunsEveryServiceTwiceOrMoreAndDevOnce() {
        Manifests prod = Chart.template(List.of(Repo.PROD_VALUES), Map.of());
        assertEquals(3, Promises.minPods(prod, Promises.deployment(prod, "storefront")),
                "prod.yaml gives the storefront 3 pods");
        for (String service : Promises.SERVICES) {
            assertTrue(Promises.minPods(prod, Promises.deployment(prod, service)) >= 2, service);
        }
        assertEquals(6, prod.ofKind("HorizontalPodAutoscaler").size());
        assertEquals(6,
                prod.where(o -> o.kind().equals("PodDisruptionBudget") && Promises.SERVICES.contains(o.component()))
                        .size());

        Manifests dev = Chart.template(List.of(Repo.DEV_VALUES), Map.of());
        for (String service : Promises.SERVICES) {
            assertEquals(1, Promises.minPods(dev, Promises.deployment(dev, service)), service);
        }
        assertTrue(dev.ofKind("HorizontalPodAutoscaler").isEmpty());
        assertTrue(dev.ofKind("PodDisruptionBudget").isEmpty());
    }

    @Test
    void migrationsRunOncePerReleaseBeforeTheNewPods() {
        Manifests hooks = Chart.template(List.of(Repo.PROD_VALUES), Map.of());
        assertTrue(hooks.where(o -> o.name().endsWith("-migrate")).isEmpty(),
                "with helmHooks the migration Jobs are hooks, not part of the release manifest");

        Manifests plain = Chart.template(List.of(Repo.PROD_VALUES), Map.of("helmHooks", "false"));
        for (String service : Promises.SCHEMAS.keySet()) {
            K8sObject job = plain.byComponent("Job", "migrate-" + service);
            assertEquals("post-install,pre-upgrade", job.annotations().get("dozo.shop/helm-hook"), job.id());
            Map<String, Object> container = job.containers(false).get(0);
            Map<String, String> env = Promises.effectiveEnv(plain, job, container);
            assertEquals("true", env.get("QUARKUS_FLYWAY_MIGRATE_AT_START"), job.id());
            assertEquals("true", env.get("QUARKUS_INIT_AND_EXIT"), job.id());
            assertEquals("secret:QUARKUS_DATASOURCE_PASSWORD", env.get("QUARKUS_DATASOURCE_PASSWORD"));
            K8sObject deployment = Promises.deployment(plain, service);
            assertEquals(deployment.containers(false).get(0).get("image"), container.get("image"),
                    "same image as the service");
            Map<String, String> serving = Promises.effectiveEnv(plain, deployment, deployment.containers(false).get(0));
            assertEquals(serving.get("QUARKUS_DATASOURCE_JDBC_URL"), env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertEquals("false", serving.get("QUARKUS_FLYWAY_MIGRATE_AT_START"));
            assertEquals("Never", job.string("spec.template.spec.restartPolicy"));
        }
        K8sObject verify = plain.byComponent("Job", "verify-offsite");
        assertEquals("pre-install,pre-upgrade", verify.annotations().get("dozo.shop/helm-hook"));
        String script = String.valueOf(verify.containers(false).get(0).get("args"));
        assertTrue(script.contains("COMPLIANCE") && script.contains("get-bucket-versioning"),
                "checks versioning and Object Lock");
        Map<String, String> env = Promises.effectiveEnv(plain, verify, verify.containers(false).get(0));
        assertEquals("dozo-offsite-backups", env.get("BUCKET"));
        assertEquals("30", env.get("MIN_DAYS"));
    }

    @Test
    void notesTellOpsWhereTheShopAndTheBackupsAre() {
        String out = Chart.installOutput(List.of(Repo.PROD_VALUES));
        assertTrue(out.contains("https://shop.example.com/"), out);
        assertTrue(out.contains("s3://dozo-offsite-backups (s3.eu-west-2.wasabisys.com)"), out);
        assertTrue(out.contains("db/physical/") && out.contains("db/binlog/<node>/") && out.contains("media/"), out);
        assertTrue(out.contains("shipped every 30s"), out);
        assertFalse(out.contains("WARNING"), out);

        String dev = Chart.installOutput(List.of(Repo.DEV_VALUES));
        assertTrue(dev.contains("http://dozo.localtest.me/"), dev);
        assertTrue(dev.contains("WARNING: backup.offsite.objectLock.verify is off"), dev);
    }

    @Test
    void theBackOfficeHasItsOwnHostAndAnOptionalAllowList() {
        Manifests prod = Chart.template(List.of(Repo.PROD_VALUES), Map.of());
        K8sObject ingress = prod.one("Ingress", "dozo-backoffice");
        assertEquals("admin.shop.example.com", ingress.string("spec.rules[0].host"));
        assertEquals("dozo-backoffice-tls", ingress.string("spec.tls[0].secretName"));
        assertEquals("203.0.113.0/24,198.51.100.7/32",
                ingress.map("metadata.annotations").get("nginx.ingress.kubernetes.io/whitelist-source-range"));
        assertEquals("letsencrypt", ingress.map("metadata.annotations").get("cert-manager.io/cluster-issuer"));
        K8sObject policy = prod.one("NetworkPolicy", "dozo-backoffice");
        assertTrue(String.valueOf(policy.at("spec.ingress")).contains("kubernetes.io/metadata.name=ingress-nginx"),
                "the Ingress controller reaches the back office: " + policy.at("spec.ingress"));
        assertEquals(4, policy.list("spec.egress").size(), "the back office calls the four services, nothing else");

        Manifests open = Chart.template(List.of(Repo.DEV_VALUES), Map.of());
        assertFalse(open.one("Ingress", "dozo-backoffice").raw().toString().contains("whitelist-source-range"),
                "no allow-list unless asked");

        Manifests hidden = Chart.template(List.of(Repo.PROD_VALUES), Map.of("ingress.backoffice.enabled", "false"));
        assertTrue(hidden.where(o -> o.kind().equals("Ingress") && "backoffice".equals(o.component())).isEmpty());
        assertFalse(String.valueOf(hidden.one("NetworkPolicy", "dozo-backoffice").at("spec.ingress"))
                .contains("ingress-nginx"), "without its Ingress, the back office is reachable by port-forward only");
    }

    @Test
    void cartServiceSendsMailThroughTheConfiguredSmtpServerWithThePasswordFromASecret() {
        Manifests chart = Chart.template(List.of(Repo.PROD_VALUES), Map.of("mail.host", "smtp.example.net",
                "mail.username", "apikey", "mail.passwordSecret", "shop-smtp", "mail.port", "2525"));
        Map<String, Object> config = chart.one("ConfigMap", "dozo-cart").map("data");
        assertEquals("smtp.example.net", config.get("QUARKUS_MAILER_HOST"));
        assertEquals("2525", config.get("QUARKUS_MAILER_PORT"));
        assertEquals("REQUIRED", config.get("QUARKUS_MAILER_START_TLS"));
        assertEquals("apikey", config.get("QUARKUS_MAILER_USERNAME"));
        assertEquals("false", config.get("QUARKUS_MAILER_MOCK"));
        assertTrue(String.valueOf(config.get("DOZO_SHOP_PUBLIC_URL")).startsWith("http"), config.toString());
        assertFalse(config.containsKey("QUARKUS_MAILER_PASSWORD"), "the password is never in a ConfigMap");
        K8sObject cart = chart.one("Deployment", "dozo-cart");
        String env = String.valueOf(cart.at("spec.template.spec.containers[0].env"));
        assertTrue(env.contains("QUARKUS_MAILER_PASSWORD") && env.contains("shop-smtp"), env);
        assertEquals("true", cart.map("spec.template.metadata.labels").get("dozo.shop/egress-mail"));
        K8sObject egress = chart.one("NetworkPolicy", "dozo-egress-mail");
        assertTrue(String.valueOf(egress.at("spec.egress")).contains("port=2525"), String.valueOf(egress.raw()));
        for (String other : List.of("dozo-catalog", "dozo-content", "dozo-review", "dozo-storefront")) {
            assertFalse(chart.one("ConfigMap", other).map("data").containsKey("QUARKUS_MAILER_HOST"), other);
            assertFalse(chart.one("Deployment", other).map("spec.template.metadata.labels")
                    .containsKey("dozo.shop/egress-mail"), other);
        }

        Manifests anonymous = Chart.template(List.of(Repo.PROD_VALUES), Map.of("mail.host", "relay.internal"));
        assertFalse(String.valueOf(anonymous.one("Deployment", "dozo-cart").at("spec.template.spec.containers[0].env"))
                .contains("QUARKUS_MAILER_PASSWORD"), "no user, no password read");
    }

    @Test
    void serviceMonitorsAreOptional() {
        Manifests plain = Chart.template(List.of(), Map.of());
        assertTrue(plain.ofKind("ServiceMonitor").isEmpty());
        Manifests monitored = Chart.template(List.of(Repo.PROD_VALUES), Map.of());
        List<K8sObject> monitors = monitored.ofKind("ServiceMonitor");
        assertEquals(6, monitors.size());
        for (K8sObject monitor : monitors) {
            assertEquals("/q/metrics", monitor.string("spec.endpoints[0].path"));
            assertEquals("kube-prometheus-stack", monitor.label("release"));
        }
        K8sObject policy = monitored.one("NetworkPolicy", "dozo-catalog");
        assertTrue(String.valueOf(policy.at("spec.ingress")).contains("kubernetes.io/metadata.name=monitoring"),
                "Prometheus may scrape: " + policy.at("spec.ingress"));
    }

    @Test
    void restoresAreRenderedOnlyWhenAsked() {
        Manifests normal = Chart.template(List.of(Repo.PROD_VALUES), Map.of());
        assertTrue(normal.where(o -> o.name().contains("restore")).isEmpty());
        assertEquals(null, normal.oneOfKind("MariaDB").at("spec.bootstrapFrom"));

        Manifests restore = Chart.template(List.of(Repo.PROD_VALUES), Map.of(
                "restore.database.enabled", "true",
                "restore.database.targetRecoveryTime", "2026-11-25T10:15:00Z",
                "restore.binlogReplay.enabled", "true",
                "restore.binlogReplay.sourceNode", "dozo-mariadb-1",
                "restore.binlogReplay.startGtid", "0-1-4711",
                "restore.binlogReplay.stopDatetime", "2026-11-25 10:15:00",
                "restore.media.enabled", "true"));
        K8sObject mariadb = restore.oneOfKind("MariaDB");
        assertEquals("2026-11-25T10:15:00Z", mariadb.string("spec.bootstrapFrom.targetRecoveryTime"));
        assertEquals("Physical", mariadb.string("spec.bootstrapFrom.backupContentType"));
        assertEquals("dozo-offsite-backups", mariadb.string("spec.bootstrapFrom.s3.bucket"));
        assertEquals("db/physical", mariadb.string("spec.bootstrapFrom.s3.prefix"));
        assertEquals("dozo-offsite-s3", mariadb.string("spec.bootstrapFrom.s3.accessKeyIdSecretKeyRef.name"));

        K8sObject replay = restore.byComponent("Job", "restore-binlogs");
        Map<String, String> env = Promises.effectiveEnv(restore, replay, replay.containers(false).get(0));
        assertEquals("offsite:dozo-offsite-backups/db/binlog/dozo-mariadb-1", env.get("SOURCE"));
        assertEquals("0-1-4711", env.get("START_GTID"));
        assertEquals("2026-11-25 10:15:00", env.get("STOP_DATETIME"));
        assertEquals("dozo-mariadb-primary", env.get("MARIADB_HOST"));
        assertEquals("secret:MARIADB_ROOT_PASSWORD", env.get("MARIADB_ROOT_PASSWORD"));

        K8sObject media = restore.byComponent("Job", "restore-media");
        Map<String, String> mediaEnv = Promises.effectiveEnv(restore, media, media.containers(false).get(0));
        assertEquals("offsite:dozo-offsite-backups/media", mediaEnv.get("SOURCE"));
        assertEquals("media:dozo-media", mediaEnv.get("DESTINATION"));
        Promises.assertRestrictedPods(restore);
        Promises.assertNoInlineSecrets(restore);
        Promises.assertDatabase(restore, PROD);
    }

    @Test
    void aRestoreWithoutGaleraReplaysIntoAServiceThatExists() {
        // A single MariaDB has no -primary Service (the operator creates it only with Galera or replication).
        Manifests restore = Chart.template(List.of(Repo.DEV_VALUES), Map.of(
                "restore.binlogReplay.enabled", "true",
                "restore.binlogReplay.sourceNode", "dozo-mariadb-0",
                "restore.binlogReplay.startGtid", "0-1-4711",
                "restore.binlogReplay.stopDatetime", "2026-11-25 10:15:00"));
        K8sObject replay = restore.byComponent("Job", "restore-binlogs");
        Map<String, String> env = Promises.effectiveEnv(restore, replay, replay.containers(false).get(0));
        assertEquals("dozo-mariadb", env.get("MARIADB_HOST"));
        Promises.assertDatabase(restore, DEV);
    }

    @Test
    void valuesAreDocumentedLineByLine() throws java.io.IOException {
        List<String> undocumented = new ArrayList<>();
        String previous = "";
        int number = 0;
        for (String line : java.nio.file.Files.readAllLines(Repo.CHART.resolve("values.yaml"))) {
            number++;
            if (line.matches("^\\s*[A-Za-z0-9_.\"/-]+:.*") && !line.contains("#")
                    && !previous.stripLeading().startsWith("#")) {
                undocumented.add(number + ": " + line);
            }
            if (!line.isBlank()) {
                previous = line;
            }
        }
        assertTrue(undocumented.isEmpty(), "values.yaml lines without a comment: " + undocumented);
    }

    @Test
    void everyRenderedObjectCarriesTheStandardLabels() {
        Manifests m = Chart.template(List.of(Repo.PROD_VALUES), Map.of("objectStorage.mode", "rook"));
        List<String> missing = new ArrayList<>();
        for (K8sObject o : m.all()) {
            for (String label : List.of("app.kubernetes.io/name", "app.kubernetes.io/instance",
                    "app.kubernetes.io/version",
                    "app.kubernetes.io/managed-by", "app.kubernetes.io/part-of", "helm.sh/chart")) {
                if (o.label(label) == null) {
                    missing.add(o.id() + " " + label);
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing labels: " + missing);
    }
}
