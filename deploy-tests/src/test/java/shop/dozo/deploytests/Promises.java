package shop.dozo.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static shop.dozo.deploytests.K8sObject.asList;
import static shop.dozo.deploytests.K8sObject.asMap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The promises of issue 8, checked on rendered objects (Helm or kustomize alike). The expected call graph is
 * written here independently of the chart's own table, so a chart that opens the wrong path fails.
 */
public final class Promises {
    /** Who may call each service (issue 8 / docs/service-contracts.md). */
    public static final Map<String, Set<String>> CALLERS = Map.of(
            "storefront", Set.of(),
            "catalog", Set.of("storefront", "cart", "review", "backoffice"),
            "cart", Set.of("storefront", "review", "backoffice"),
            "content", Set.of("storefront", "catalog", "cart", "review", "backoffice"), // staff token checks
            "review", Set.of("storefront", "backoffice"),
            "backoffice", Set.of()); // staff only, through its own Ingress
    public static final Map<String, String> SCHEMAS = Map.of(
            "catalog", "dozo_catalog", "cart", "dozo_cart", "content", "dozo_content", "review", "dozo_review");
    public static final List<String> SERVICES =
            List.of("storefront", "catalog", "cart", "content", "review", "backoffice");

    /** The Quarkus management interface (health, metrics, OpenAPI): its container port and name. */
    public static final int MANAGEMENT_PORT = 9000;
    public static final String MANAGEMENT = "management";

    private static final Pattern SECRET_ENV =
            Pattern.compile("(?i)(password|passwd|secret|token|salt|private|_key$|access_key)");

    /** What one rendering is expected to give. */
    public record Expect(boolean prod, int galeraNodes, boolean galera, String offsiteBucket, String offsiteSecret,
            String mediaSecret, boolean rookStorage) {
    }

    private Promises() {
    }

    /** Everything at once. */
    public static void assertAll(Manifests m, Expect expect) {
        assertNoInlineSecrets(m);
        assertServices(m, expect);
        assertRestrictedPods(m);
        assertNetworkPolicies(m);
        assertIngress(m);
        assertManagementPortOffTheIngress(m);
        assertDatabase(m, expect);
        assertBackups(m, expect);
        assertEnvReferencesResolve(m);
        assertNoSeaweedfs(m);
        if (expect.rookStorage()) {
            assertRookStorage(m, expect);
        }
    }

    // ---- the five services ----------------------------------------------------------------------------------

    public static K8sObject deployment(Manifests m, String service) {
        return m.byComponent("Deployment", service);
    }

    public static void assertServices(Manifests m, Expect expect) {
        for (String service : SERVICES) {
            K8sObject d = deployment(m, service);
            String where = d.id();
            Map<String, Object> container = d.containers(false).get(0);

            // Probes on the three SmallRye Health endpoints, on the container's management port 9000.
            assertEquals(8080, ((Number) K8sObject.at(container, "ports[0].containerPort")).intValue(),
                    where + " port");
            assertProbe(container, "startupProbe", "/q/health/started", where);
            assertProbe(container, "livenessProbe", "/q/health/live", where);
            assertProbe(container, "readinessProbe", "/q/health/ready", where);

            // Requests and limits.
            for (String path : List.of("resources.requests.cpu", "resources.requests.memory",
                    "resources.limits.memory")) {
                assertNotNull(K8sObject.at(container, path), where + " needs " + path);
            }

            // Rolling updates never go below the running pods.
            assertEquals(0, ((Number) d.at("spec.strategy.rollingUpdate.maxUnavailable")).intValue(),
                    where + " maxUnavailable");

            // Configuration: port, JSON logs, migrations off in the serving pods.
            Map<String, String> env = effectiveEnv(m, d, container);
            assertEquals("8080", env.get("QUARKUS_HTTP_PORT"), where);
            assertEquals(String.valueOf(MANAGEMENT_PORT), env.get("QUARKUS_MANAGEMENT_PORT"), where);
            assertEquals("true", env.get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"), where);
            assertEquals("/etc/dozo/jwt/public.pem", env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"), where);
            String schema = SCHEMAS.get(service);
            if (schema != null) {
                assertEquals("false", env.get("QUARKUS_FLYWAY_MIGRATE_AT_START"), where + " must not migrate at start");
                String url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
                assertNotNull(url, where + " JDBC URL");
                assertTrue(url.startsWith("jdbc:mariadb:sequential://") && url.endsWith("/" + schema),
                        where + " URL " + url);
                String hosts = url.substring("jdbc:mariadb:sequential://".length(), url.lastIndexOf('/'));
                assertEquals(expect.galeraNodes(), hosts.split(",").length, where + " must list every node: " + url);
                assertEquals("secret:QUARKUS_DATASOURCE_PASSWORD", env.get("QUARKUS_DATASOURCE_PASSWORD"),
                        where + " DB password from a Secret");
            } else {
                assertFalse(env.containsKey("QUARKUS_DATASOURCE_JDBC_URL"), where + " has no database");
            }
            for (String callee : SERVICES) {
                String key = "QUARKUS_REST_CLIENT_" + callee.toUpperCase() + "_URL";
                if (CALLERS.get(callee).contains(service)) {
                    assertNotNull(env.get(key), where + " needs " + key);
                    assertTrue(env.get(key).matches("http://[a-z0-9-]+-" + callee + ":8080"),
                            where + " " + env.get(key));
                }
            }

            // JWT: every service verifies; only content-service holds the signing key.
            Set<String> jwtFiles = jwtFiles(d);
            assertTrue(jwtFiles.contains("public.pem"), where + " verifies tokens");
            assertEquals(service.equals("content"), jwtFiles.contains("private.pem"),
                    where + " private key only in content");
            // Behind the Ingress, the client address (review limit, sign-in throttle) and the scheme (Secure cookies)
            // come from X-Forwarded-* headers, believed from the trusted proxies only. Checked on what Quarkus will
            // really use: the module's application.properties overridden by the pod's environment.
            if (BEHIND_PROXIES.contains(service)) {
                assertTrustsTheProxiesOnly(effectiveQuarkusConfig(service, env), where);
            }
            if (service.equals("storefront")) {
                assertSharedSecret(d, container, "DOZO_STOREFRONT_SECRET", "storefront-secret");
            }
            if (service.equals("backoffice")) {
                assertSharedSecret(d, container, "DOZO_BACKOFFICE_SECRET", "backoffice-secret");
                String shop = (String) m.ofKind("Ingress").stream()
                        .filter(i -> "storefront".equals(i.component())).findFirst()
                        .map(i -> i.at("spec.rules[0].host")).orElse(null);
                if (shop != null) {
                    assertTrue(env.getOrDefault("DOZO_BACKOFFICE_STOREFRONT_URL", "").matches("https?://" + shop),
                            where + " links to the shop at " + env.get("DOZO_BACKOFFICE_STOREFRONT_URL"));
                }
            }
            if (service.equals("content")) {
                assertEquals("/etc/dozo/jwt/private.pem", env.get("SMALLRYE_JWT_SIGN_KEY_LOCATION"));
                assertNotNull(env.get("DOZO_S3_ENDPOINT"));
                assertEquals("secret:DOZO_S3_SECRET_KEY", env.get("DOZO_S3_SECRET_KEY"));
                assertEquals("secret:DOZO_OWNER_INITIAL_PASSWORD", env.get("DOZO_OWNER_INITIAL_PASSWORD"));
            }

            // A Service in front of the pods.
            K8sObject svc = m.byComponent("Service", service);
            assertTrue(Manifests.selects(svc.map("spec.selector"), d.podLabels()), svc.id() + " selects " + where);
            assertEquals(8080, ((Number) svc.at("spec.ports[0].port")).intValue());

            int minPods = minPods(m, d);
            if (expect.prod()) {
                assertTrue(minPods >= 2, where + " runs at least 2 pods in prod, got " + minPods);
                K8sObject pdb = m.where(o -> o.kind().equals("PodDisruptionBudget")
                        && Manifests.selects(o.map("spec.selector.matchLabels"), d.podLabels())).stream()
                        .findFirst().orElseThrow(() -> new AssertionError(where + " has no PodDisruptionBudget"));
                Object maxUnavailable = pdb.at("spec.maxUnavailable");
                Object minAvailable = pdb.at("spec.minAvailable");
                assertTrue(maxUnavailable != null || minAvailable != null, pdb.id());
                if (minAvailable instanceof Number n) {
                    assertTrue(n.intValue() < minPods, pdb.id() + " must still allow a drain");
                }
                Set<String> spreadKeys = new HashSet<>();
                for (Object c : d.list("spec.template.spec.topologySpreadConstraints")) {
                    spreadKeys.add((String) asMap(c).get("topologyKey"));
                }
                assertTrue(spreadKeys.containsAll(Set.of("kubernetes.io/hostname", "topology.kubernetes.io/zone")),
                        where + " spreads over nodes and zones: " + spreadKeys);
            }
        }
    }

    /** The services shoppers or staff reach through the Ingress (the storefront also relays the shopper's address). */
    public static final Set<String> BEHIND_PROXIES = Set.of("storefront", "content", "review", "backoffice");

    /** Maven module of each service, whose application.properties holds its defaults. */
    public static final Map<String, String> MODULES = Map.of("storefront", "storefront", "catalog", "catalog-service",
            "cart", "cart-service", "content", "content-service", "review", "review-service", "backoffice",
            "backoffice");

    /**
     * What Quarkus reads for one service in the prod profile: its application.properties (no %profile entries)
     * overlaid by the container's environment, keyed by the environment-variable form of each property
     * (quarkus.http.proxy.trusted-proxies -> QUARKUS_HTTP_PROXY_TRUSTED_PROXIES).
     */
    public static Map<String, String> effectiveQuarkusConfig(String service, Map<String, String> env) {
        java.util.Properties properties = new java.util.Properties();
        java.nio.file.Path file =
                Repo.ROOT.resolve(MODULES.get(service)).resolve("src/main/resources/application.properties");
        try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> config = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                config.put(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT),
                        properties.getProperty(key));
            }
        }
        config.putAll(env);
        return config;
    }

    static void assertTrustsTheProxiesOnly(Map<String, String> config, String where) {
        assertEquals("true", config.get("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING"),
                where + ": quarkus.http.proxy.proxy-address-forwarding must be on behind the Ingress");
        assertEquals("true", config.get("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED"),
                where + ": quarkus.http.proxy.allow-x-forwarded must be on (ingress-nginx sends X-Forwarded-For/-Proto)");
        String trusted = config.getOrDefault("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "");
        assertTrue(trusted.matches("[0-9a-fA-F.:/,]+"), where + " trusted proxies: " + trusted);
        List<String> ranges = List.of(trusted.split(","));
        assertFalse(ranges.contains("0.0.0.0/0") || ranges.contains("::/0"),
                where + " must not believe every client: " + trusted);
        assertTrue(ranges.stream().anyMatch(r -> !r.startsWith("127.") && !r.equals("::1/128") && !r.equals("::1")),
                where + " trusts only loopback, so the Ingress controller's X-Forwarded-For is ignored: " + trusted);
    }

    /**
     * The storefront signs forms and the last-order cookie with dozo.storefront.secret, the back office seals its
     * staff sessions with dozo.backoffice.secret; without it every pod makes up its own key, and a form or session
     * of one pod fails on the next. Every replica gets it from the same Secret key of the one pod template, and a
     * missing key stops the pod instead of letting it invent one.
     */
    static void assertSharedSecret(K8sObject d, Map<String, Object> container, String variable, String key) {
        Map<String, Object> entry = K8sObject.env(container).get(variable);
        assertNotNull(entry, d.id() + " needs " + variable + ", shared by every replica");
        Object ref = K8sObject.at(entry, "valueFrom.secretKeyRef");
        assertNotNull(ref, d.id() + " " + variable + " must come from a Secret");
        assertNotNull(K8sObject.at(ref, "name"), d.id());
        assertEquals(key, K8sObject.at(ref, "key"), d.id());
        assertNotEquals(Boolean.TRUE, K8sObject.at(ref, "optional"),
                d.id() + " must not start without the shared secret");
    }

    private static void assertProbe(Map<String, Object> container, String probe, String path, String where) {
        assertEquals(path, K8sObject.at(container, probe + ".httpGet.path"), where + " " + probe);
        Object port = K8sObject.at(container, probe + ".httpGet.port");
        assertTrue(MANAGEMENT.equals(port) || Objects.equals(port, MANAGEMENT_PORT),
                where + " " + probe + " must use the management port, not " + port);
    }

    /** The fewest pods a Deployment runs: its HPA's floor, else spec.replicas (default 1). */
    public static int minPods(Manifests m, K8sObject deployment) {
        for (K8sObject hpa : m.ofKind("HorizontalPodAutoscaler")) {
            if (deployment.name().equals(hpa.string("spec.scaleTargetRef.name"))) {
                return ((Number) hpa.at("spec.minReplicas")).intValue();
            }
        }
        Object replicas = deployment.at("spec.replicas");
        return replicas == null ? 1 : ((Number) replicas).intValue();
    }

    /** Env of a container with its envFrom ConfigMaps resolved; Secret-backed entries read "secret:NAME". */
    public static Map<String, String> effectiveEnv(Manifests m, K8sObject owner, Map<String, Object> container) {
        Map<String, String> env = new LinkedHashMap<>();
        Object envFrom = container.get("envFrom");
        if (envFrom != null) {
            for (Object source : asList(envFrom)) {
                Object cm = K8sObject.at(source, "configMapRef.name");
                assertNotNull(cm, owner.id() + ": only ConfigMaps may feed envFrom (Secrets are mapped key by key)");
                Map<String, Object> data = m.one("ConfigMap", (String) cm).map("data");
                data.forEach((k, v) -> env.put(k, String.valueOf(v)));
            }
        }
        K8sObject.env(container).forEach((name, e) -> env.put(name,
                e.containsKey("valueFrom")
                        ? (K8sObject.at(e, "valueFrom.secretKeyRef") != null ? "secret:" + name : "ref:" + name)
                        : String.valueOf(e.get("value"))));
        return env;
    }

    private static Set<String> jwtFiles(K8sObject d) {
        Set<String> files = new TreeSet<>();
        for (Object v : d.list("spec.template.spec.volumes")) {
            Map<String, Object> volume = asMap(v);
            if (volume.get("secret") != null && "jwt".equals(volume.get("name"))) {
                for (Object item : asList(K8sObject.at(volume, "secret.items"))) {
                    files.add((String) asMap(item).get("path"));
                }
            }
        }
        return files;
    }

    // ---- secrets ------------------------------------------------------------------------------------------------

    /** No Secret objects, no secret-looking literal env values, no key material anywhere. */
    public static void assertNoInlineSecrets(Manifests m) {
        assertTrue(m.ofKind("Secret").isEmpty(), "the chart must not render Secrets (it takes their names)");
        for (K8sObject o : m.all()) {
            String text = Manifests.prettyYaml().dump(o.raw());
            assertFalse(text.contains("-----BEGIN"), o.id() + " contains key material");
            for (Map<String, Object> container : allContainers(o)) {
                K8sObject.env(container).forEach((name, e) -> {
                    if (SECRET_ENV.matcher(name).find() && !name.endsWith("_LOCATION")
                            && !name.startsWith("RCLONE_CONFIG_")) {
                        assertNotNull(K8sObject.at(e, "valueFrom.secretKeyRef"),
                                o.id() + " env " + name + " must come from a Secret");
                    }
                    if (name.matches("RCLONE_CONFIG_.*_(ACCESS_KEY_ID|SECRET_ACCESS_KEY)")) {
                        assertNotNull(K8sObject.at(e, "valueFrom.secretKeyRef"),
                                o.id() + " env " + name + " must come from a Secret");
                    }
                });
            }
            if (o.kind().equals("ConfigMap") && o.map("data") != null) {
                o.map("data").keySet()
                        .forEach(k -> assertFalse(
                                SECRET_ENV.matcher(k).find() && !k.endsWith("_LOCATION") && !k.endsWith(".sh"),
                                o.id() + " holds a secret-looking key " + k));
            }
        }
    }

    /** Containers of pod templates, plus the MariaDB CR's init and sidecar containers. */
    public static List<Map<String, Object>> allContainers(K8sObject o) {
        List<Map<String, Object>> containers = new ArrayList<>(o.containers(true));
        if (o.kind().equals("MariaDB")) {
            for (String path : List.of("spec.initContainers", "spec.sidecarContainers")) {
                o.list(path).forEach(c -> containers.add(asMap(c)));
            }
        }
        return containers;
    }

    // ---- restricted Pod Security Standard --------------------------------------------------------------------

    /** Every pod Dozo runs itself (not the operator's MariaDB pods) meets the restricted profile. */
    public static void assertRestrictedPods(Manifests m) {
        List<K8sObject> workloads = m.where(o -> o.podSpec() != null);
        assertFalse(workloads.isEmpty(), "no workloads rendered");
        for (K8sObject w : workloads) {
            Map<String, Object> spec = w.podSpec();
            String where = w.id();
            Map<String, Object> podSc =
                    spec.get("securityContext") == null ? Map.of() : asMap(spec.get("securityContext"));
            for (String forbidden : List.of("hostNetwork", "hostPID", "hostIPC")) {
                assertNotEquals(Boolean.TRUE, spec.get(forbidden), where + " " + forbidden);
            }
            for (Object v : spec.get("volumes") == null ? List.of() : asList(spec.get("volumes"))) {
                assertFalse(asMap(v).containsKey("hostPath"), where + " mounts a hostPath");
            }
            for (Map<String, Object> c : w.containers(true)) {
                String cw = where + " container " + c.get("name");
                Map<String, Object> sc = c.get("securityContext") == null ? Map.of() : asMap(c.get("securityContext"));
                assertEquals(Boolean.TRUE, sc.getOrDefault("runAsNonRoot", podSc.get("runAsNonRoot")),
                        cw + " runAsNonRoot");
                Object uid = sc.getOrDefault("runAsUser", podSc.get("runAsUser"));
                assertTrue(uid == null || ((Number) uid).intValue() != 0, cw + " runs as root");
                assertEquals(Boolean.FALSE, sc.get("allowPrivilegeEscalation"), cw + " allowPrivilegeEscalation");
                assertEquals(Boolean.TRUE, sc.get("readOnlyRootFilesystem"), cw + " readOnlyRootFilesystem");
                assertNotEquals(Boolean.TRUE, sc.get("privileged"), cw + " privileged");
                Object drop = K8sObject.at(sc, "capabilities.drop");
                assertTrue(drop != null && asList(drop).contains("ALL"), cw + " drops ALL capabilities");
                Object add = K8sObject.at(sc, "capabilities.add");
                assertTrue(add == null || asList(add).stream().allMatch("NET_BIND_SERVICE"::equals),
                        cw + " adds capabilities");
                Object seccomp = K8sObject.at(sc, "seccompProfile.type");
                if (seccomp == null) {
                    seccomp = K8sObject.at(podSc, "seccompProfile.type");
                }
                assertEquals("RuntimeDefault", seccomp, cw + " seccompProfile");
                assertNotNull(K8sObject.at(c, "resources.requests.memory"), cw + " memory request");
                assertNotNull(K8sObject.at(c, "resources.limits.memory"), cw + " memory limit");
            }
        }
    }

    // ---- network policies --------------------------------------------------------------------------------------

    public static void assertNetworkPolicies(Manifests m) {
        List<K8sObject> policies = m.ofKind("NetworkPolicy");
        // Default deny over every Dozo pod.
        K8sObject deny = policies.stream()
                .filter(p -> p.at("spec.ingress") == null && p.at("spec.egress") == null
                        && asList(p.at("spec.policyTypes")).containsAll(List.of("Ingress", "Egress")))
                .findFirst().orElseThrow(() -> new AssertionError("no default-deny NetworkPolicy"));
        for (K8sObject w : m.where(o -> o.podSpec() != null)) {
            assertTrue(Manifests.selects(deny.map("spec.podSelector.matchLabels"), w.podLabels()),
                    w.id() + " is not covered by " + deny.id());
        }
        // DNS for everyone.
        assertTrue(policies.stream().anyMatch(p -> p.list("spec.egress").stream()
                .anyMatch(rule -> String.valueOf(K8sObject.at(rule, "ports")).contains("port=53"))
                && Manifests.selects(p.map("spec.podSelector.matchLabels"), deny.map("spec.podSelector.matchLabels"))),
                "every Dozo pod may resolve names");

        Map<String, K8sObject> deployments = new LinkedHashMap<>();
        SERVICES.forEach(s -> deployments.put(s, deployment(m, s)));
        for (String service : SERVICES) {
            K8sObject d = deployments.get(service);
            List<K8sObject> own = policies.stream()
                    .filter(p -> p.list("spec.policyTypes").contains("Ingress") && p.at("spec.ingress") != null
                            && Manifests.selects(p.map("spec.podSelector.matchLabels"), d.podLabels()))
                    .toList();
            assertEquals(1, own.size(), "one ingress NetworkPolicy for " + service + ", got " + own.size());
            Set<String> callers = new TreeSet<>();
            Set<String> namespaces = new TreeSet<>();
            for (Object r : own.get(0).list("spec.ingress")) {
                Object from = asMap(r).get("from");
                assertNotNull(from, own.get(0).id() + " has an ingress rule open to everyone");
                for (Object peer : asList(from)) {
                    Map<String, Object> p = asMap(peer);
                    if (p.containsKey("ipBlock")) {
                        fail(own.get(0).id() + " admits an ipBlock");
                    }
                    Map<String, Object> ns =
                            p.get("namespaceSelector") == null ? null : asMap(p.get("namespaceSelector"));
                    if (ns != null) {
                        Object name = K8sObject.at(ns, "matchLabels");
                        assertNotNull(name, own.get(0).id() + " admits every namespace");
                        namespaces.add(String.valueOf(asMap(name).get("kubernetes.io/metadata.name")));
                        continue;
                    }
                    Map<String, Object> selector = asMap(K8sObject.at(p, "podSelector.matchLabels"));
                    deployments.forEach((other, od) -> {
                        if (Manifests.selects(selector, od.podLabels())) {
                            callers.add(other);
                        }
                    });
                }
            }
            assertEquals(new TreeSet<>(CALLERS.get(service)), callers,
                    service + " is reachable by exactly its callers");
            assertFalse(namespaces.contains("null"), service + " admits a namespace without a name");
        }
        // MariaDB is reachable for the pods that carry a schema.
        K8sObject db = policies.stream()
                .filter(p -> p.list("spec.egress").stream()
                        .anyMatch(rule -> String.valueOf(rule).contains("app.kubernetes.io/name=mariadb")
                                && String.valueOf(rule).contains("port=3306")))
                .findFirst().orElseThrow(() -> new AssertionError("no egress to MariaDB"));
        for (String service : SCHEMAS.keySet()) {
            assertTrue(Manifests.selects(db.map("spec.podSelector.matchLabels"), deployments.get(service).podLabels()),
                    service + " may reach MariaDB");
        }
        assertFalse(
                Manifests.selects(db.map("spec.podSelector.matchLabels"), deployments.get("storefront").podLabels()),
                "the storefront has no database and may not reach it");
        assertPhysicalBackupsReachTheDatabase(m);
    }

    /**
     * With the opt-in MariaDB NetworkPolicy, the operator's PhysicalBackup Job pods must still reach the node they
     * back up on 3306 (mariadb-backup connects to <pod>.<mariadb>-internal). The labels those pods really carry
     * are only the PhysicalBackup's spec.inheritMetadata and spec.podMetadata labels: mariadb-operator's
     * BuildPhysicalBackupJob (pkg/builder/batch_builder.go) builds the pod metadata from exactly these two, on
     * top of metadata.NewMetadataBuilder (pkg/builder/metadata/metadata.go), which adds none. The label
     * physicalbackup.k8s.mariadb.com/name goes on VolumeSnapshots only (pkg/builder/volumesnapshot_builder.go).
     */
    static void assertPhysicalBackupsReachTheDatabase(Manifests m) {
        List<K8sObject> mariadbs = m.ofKind("MariaDB");
        if (mariadbs.size() != 1) {
            return;
        }
        Map<String, Object> mariadbPod = Map.of("app.kubernetes.io/name", "mariadb",
                "app.kubernetes.io/instance", mariadbs.get(0).name());
        List<K8sObject> guarding = m.where(o -> o.kind().equals("NetworkPolicy")
                && o.list("spec.policyTypes").contains("Ingress")
                && selectorMatches(o.map("spec.podSelector"), mariadbPod));
        if (guarding.isEmpty()) {
            return;
        }
        for (K8sObject backup : m.ofKind("PhysicalBackup")) {
            Map<String, Object> jobPod = new LinkedHashMap<>();
            for (String path : List.of("spec.inheritMetadata.labels", "spec.podMetadata.labels")) {
                Map<String, Object> labels = backup.map(path);
                if (labels != null) {
                    labels.forEach((k, v) -> jobPod.put(k, String.valueOf(v)));
                }
            }
            for (K8sObject policy : guarding) {
                assertTrue(admits(policy, jobPod, 3306), policy.id() + " blocks the Job pods of " + backup.id()
                        + ", whose only labels are " + jobPod + " (spec.inheritMetadata + spec.podMetadata)");
                assertFalse(admits(policy, Map.of(), 3306), policy.id() + " admits any pod of the namespace");
            }
            // Not under Dozo's default-deny or egress policies either: the Job also uploads to the off-site bucket.
            for (K8sObject policy : m.ofKind("NetworkPolicy")) {
                if (policy.list("spec.policyTypes").contains("Egress")) {
                    assertFalse(selectorMatches(policy.map("spec.podSelector"), jobPod),
                            policy.id() + " restricts the egress of " + backup.id() + "'s Job pods");
                }
            }
        }
    }

    /** True when an ingress rule of the policy admits a same-namespace pod with these labels on this port. */
    static boolean admits(K8sObject policy, Map<String, Object> labels, int port) {
        for (Object r : policy.list("spec.ingress")) {
            Map<String, Object> rule = asMap(r);
            boolean portOk = rule.get("ports") == null || asList(rule.get("ports")).stream()
                    .anyMatch(p -> K8sObject.at(p, "port") == null || Objects.equals(K8sObject.at(p, "port"), port));
            if (!portOk) {
                continue;
            }
            if (rule.get("from") == null) {
                return true;
            }
            for (Object peer : asList(rule.get("from"))) {
                Map<String, Object> pm = asMap(peer);
                if (pm.get("podSelector") != null && pm.get("namespaceSelector") == null && pm.get("ipBlock") == null
                        && selectorMatches(asMap(pm.get("podSelector")), labels)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A Kubernetes LabelSelector (matchLabels and matchExpressions) applied to a pod's labels. */
    public static boolean selectorMatches(Map<String, Object> selector, Map<String, Object> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, Object> matchLabels =
                selector.get("matchLabels") == null ? Map.of() : asMap(selector.get("matchLabels"));
        for (Map.Entry<String, Object> e : matchLabels.entrySet()) {
            if (!Objects.equals(String.valueOf(e.getValue()),
                    labels.get(e.getKey()) == null ? null : String.valueOf(labels.get(e.getKey())))) {
                return false;
            }
        }
        for (Object x : selector.get("matchExpressions") == null ? List.of()
                : asList(selector.get("matchExpressions"))) {
            Map<String, Object> expr = asMap(x);
            String key = (String) expr.get("key");
            Object value = labels.get(key);
            List<Object> values = expr.get("values") == null ? List.of() : asList(expr.get("values"));
            boolean ok = switch (String.valueOf(expr.get("operator"))) {
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                case "In" ->
                        value != null && values.stream().anyMatch(v -> String.valueOf(v).equals(String.valueOf(value)));
                case "NotIn" -> value == null
                        || values.stream().noneMatch(v -> String.valueOf(v).equals(String.valueOf(value)));
                default -> throw new AssertionError("unknown selector operator " + expr);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // ---- ingress ------------------------------------------------------------------------------------------------

    public static void assertIngress(Manifests m) {
        List<K8sObject> ingresses = m.ofKind("Ingress");
        assertFalse(ingresses.isEmpty(), "the storefront is exposed through an Ingress");
        String storefrontService = m.byComponent("Service", "storefront").name();
        String backofficeService = m.byComponent("Service", "backoffice").name();
        String shopHost = null;
        Set<String> backofficeHosts = new TreeSet<>();
        Pattern api = Pattern.compile("^/(catalog|cart|content|review)\\(/api/\\.\\*\\)$");
        for (K8sObject ingress : ingresses) {
            for (Object rule : ingress.list("spec.rules")) {
                String host = (String) asMap(rule).get("host");
                for (Object p : asList(K8sObject.at(rule, "http.paths"))) {
                    String path = (String) asMap(p).get("path");
                    String backend = (String) K8sObject.at(p, "backend.service.name");
                    assertFalse(path.contains("internal") || path.startsWith("/q"), ingress.id() + " routes " + path);
                    if (path.equals("/") && backend.equals(backofficeService)) {
                        backofficeHosts.add(host);
                    } else if (path.equals("/")) {
                        assertEquals(storefrontService, backend, "/ goes to the storefront");
                        shopHost = host;
                    } else {
                        Matcher matcher = api.matcher(path);
                        assertTrue(matcher.matches(), ingress.id() + " routes only /<service>/api paths, got " + path);
                        assertTrue(backend.endsWith("-" + matcher.group(1)), path + " goes to " + backend);
                    }
                }
            }
        }
        assertNotNull(shopHost, "the shop is served at /");
        assertFalse(backofficeHosts.contains(shopHost), "the back office is never on the shop's host " + shopHost);
    }

    /**
     * Issue 14: /q/health and /q/metrics answer only on the management port. No Ingress backend reaches it (by
     * name, by number, or through a Service port that targets it), the storefront Service's routed port is its
     * http port, probes and ServiceMonitors use it, and only the monitoring namespace may reach it.
     */
    public static void assertManagementPortOffTheIngress(Manifests m) {
        Map<String, Map<String, Object>> managementServicePorts = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Map<String, Object> container = deployment(m, service).containers(false).get(0);
            Map<String, Object> management = containerPort(container, MANAGEMENT);
            assertNotNull(management, service + " names its management port");
            assertEquals(MANAGEMENT_PORT, ((Number) management.get("containerPort")).intValue(),
                    service + " management port");
            assertNotEquals(MANAGEMENT_PORT,
                    ((Number) containerPort(container, "http").get("containerPort")).intValue(),
                    service + ": the served port and the management port differ");
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                Object port = K8sObject.at(container, probe + ".httpGet.port");
                assertTrue(MANAGEMENT.equals(port) || Objects.equals(port, MANAGEMENT_PORT),
                        service + " " + probe + " on " + port);
            }
            K8sObject svc = m.byComponent("Service", service);
            for (Object p : svc.list("spec.ports")) {
                Map<String, Object> port = asMap(p);
                if (isManagement(port.get("targetPort")) || isManagement(port.get("name"))) {
                    managementServicePorts.put(svc.name() + ":" + port.get("name"), port);
                }
            }
        }
        if (m.ofKind("ServiceMonitor").isEmpty()) {
            assertTrue(managementServicePorts.isEmpty(),
                    "no Service exposes the management port without a ServiceMonitor: "
                            + managementServicePorts.keySet());
        }
        for (K8sObject monitor : m.ofKind("ServiceMonitor")) {
            for (Object endpoint : monitor.list("spec.endpoints")) {
                assertEquals(MANAGEMENT, K8sObject.at(endpoint, "port"), monitor.id() + " scrapes the management port");
            }
        }

        for (K8sObject ingress : m.ofKind("Ingress")) {
            for (Object rule : ingress.list("spec.rules")) {
                for (Object p : asList(K8sObject.at(rule, "http.paths"))) {
                    String backend = (String) K8sObject.at(p, "backend.service.name");
                    Object name = K8sObject.at(p, "backend.service.port.name");
                    Object number = K8sObject.at(p, "backend.service.port.number");
                    String where = ingress.id() + " " + asMap(p).get("path");
                    assertFalse(isManagement(name) || isManagement(number), where + " routes to the management port");
                    Map<String, Object> servicePort = servicePort(m, backend, name, number);
                    assertNotNull(servicePort, where + " routes to a port " + backend + " does not have");
                    assertEquals("http", String.valueOf(servicePort.get("targetPort")),
                            where + " must reach the pods' http port");
                }
            }
        }
        K8sObject storefront = m.byComponent("Service", "storefront");
        if (!m.ofKind("Ingress").isEmpty()) {
            Object routed = m.ofKind("Ingress").stream()
                    .flatMap(i -> i.list("spec.rules").stream())
                    .flatMap(r -> asList(K8sObject.at(r, "http.paths")).stream())
                    .filter(p -> "/".equals(asMap(p).get("path")))
                    .map(p -> K8sObject.at(p, "backend.service.port.name")).findFirst().orElse(null);
            Map<String, Object> port = servicePort(m, storefront.name(), routed, null);
            assertNotNull(port, "/ routes to a named port of " + storefront.name());
            assertNotEquals(MANAGEMENT_PORT, ((Number) port.get("port")).intValue(), "/ is not the management port");
            assertEquals("http", String.valueOf(port.get("targetPort")), "/ reaches the storefront's http port");
        }

        // Only Prometheus' namespace may reach the management port: never a pod (the other services), never the
        // Ingress controller's namespace (the one that may reach the http port). The kubelet's probes need no rule.
        for (K8sObject policy : m.ofKind("NetworkPolicy")) {
            Set<String> onHttp = new TreeSet<>();
            Set<String> onManagement = new TreeSet<>();
            for (Object r : policy.list("spec.ingress")) {
                Map<String, Object> rule = asMap(r);
                List<Object> ports = rule.get("ports") == null ? List.of() : asList(rule.get("ports"));
                boolean management =
                        ports.isEmpty() || ports.stream().anyMatch(port -> isManagement(asMap(port).get("port")));
                boolean http =
                        ports.isEmpty() || ports.stream().anyMatch(port -> !isManagement(asMap(port).get("port")));
                for (Object peer : rule.get("from") == null ? List.of() : asList(rule.get("from"))) {
                    Object ns = K8sObject.at(peer, "namespaceSelector.matchLabels");
                    if (management && deploymentSelected(m, policy)) {
                        assertNotNull(ns, policy.id() + " opens the management port to pods: " + rule);
                        onManagement.add(String.valueOf(asMap(ns).get("kubernetes.io/metadata.name")));
                    }
                    if (http && ns != null) {
                        onHttp.add(String.valueOf(asMap(ns).get("kubernetes.io/metadata.name")));
                    }
                }
            }
            onManagement.retainAll(onHttp);
            assertTrue(onManagement.isEmpty(), policy.id() + " opens the management port to " + onManagement
                    + ", which may also reach the http port (the Ingress controller)");
        }
    }

    /** Whether the policy applies to one of the five services' pods (not MariaDB or the RGWs). */
    private static boolean deploymentSelected(Manifests m, K8sObject policy) {
        Map<String, Object> selector = policy.map("spec.podSelector.matchLabels");
        return SERVICES.stream().anyMatch(s -> Manifests.selects(selector, deployment(m, s).podLabels()))
                && selector != null && selector.containsKey("app.kubernetes.io/component");
    }

    private static boolean isManagement(Object port) {
        return MANAGEMENT.equals(port) || (port instanceof Number n && n.intValue() == MANAGEMENT_PORT)
                || String.valueOf(MANAGEMENT_PORT).equals(String.valueOf(port));
    }

    private static Map<String, Object> containerPort(Map<String, Object> container, String name) {
        for (Object p : asList(container.get("ports"))) {
            if (name.equals(asMap(p).get("name"))) {
                return asMap(p);
            }
        }
        return null;
    }

    /** The Service port an Ingress backend names (by name or by number), or null. */
    private static Map<String, Object> servicePort(Manifests m, String serviceName, Object name, Object number) {
        for (K8sObject svc : m.ofKind("Service")) {
            if (!svc.name().equals(serviceName)) {
                continue;
            }
            for (Object p : svc.list("spec.ports")) {
                Map<String, Object> port = asMap(p);
                if ((name != null && name.equals(port.get("name")))
                        || (number != null && String.valueOf(number).equals(String.valueOf(port.get("port"))))) {
                    return port;
                }
            }
        }
        return null;
    }

    // ---- database -----------------------------------------------------------------------------------------------

    public static void assertDatabase(Manifests m, Expect expect) {
        K8sObject mariadb = m.oneOfKind("MariaDB");
        assertEquals(expect.galeraNodes(), ((Number) mariadb.at("spec.replicas")).intValue(), "MariaDB nodes");
        assertEquals(expect.galera(), Boolean.TRUE.equals(mariadb.at("spec.galera.enabled")), "Galera");
        String myCnf = mariadb.string("spec.myCnf");
        assertNotNull(myCnf, "my.cnf");
        Map<String, String> settings = new LinkedHashMap<>();
        myCnf.lines().map(String::strip).filter(l -> l.contains("=") && !l.startsWith("#"))
                .forEach(l -> settings.put(l.substring(0, l.indexOf('=')).strip().replace('-', '_'),
                        l.substring(l.indexOf('=') + 1).strip()));
        assertEquals("1", settings.get("innodb_flush_log_at_trx_commit"), "flush at every commit: " + myCnf);
        assertEquals("1", settings.get("sync_binlog"), "sync the binlog at every commit: " + myCnf);
        assertNotNull(settings.get("log_bin"), "binary log on");
        assertEquals("ON", settings.get("log_slave_updates"), "every node logs every write");
        assertNotNull(mariadb.at("spec.rootPasswordSecretKeyRef.name"), "root password from a Secret");
        if ("Helm".equals(mariadb.label("app.kubernetes.io/managed-by"))) {
            assertEquals("keep", mariadb.annotations().get("helm.sh/resource-policy"),
                    "helm uninstall keeps the database");
        }
        if (expect.prod()) {
            assertEquals(Boolean.TRUE, mariadb.at("spec.affinity.antiAffinityEnabled"),
                    "Galera nodes on different nodes");
        }
        assertSqlHostsExist(m, mariadb);
        for (String schema : SCHEMAS.values()) {
            K8sObject database =
                    m.where(o -> o.kind().equals("Database") && schema.equals(o.string("spec.name"))).stream()
                            .findFirst().orElseThrow(() -> new AssertionError("no Database " + schema));
            assertEquals("Skip", database.string("spec.cleanupPolicy"), database.id() + " never drops the schema");
            K8sObject grant =
                    m.where(o -> o.kind().equals("Grant") && schema.equals(o.string("spec.database"))).stream()
                            .findFirst().orElseThrow(() -> new AssertionError("no Grant on " + schema));
            String user = grant.string("spec.username");
            K8sObject userObject = m.where(o -> o.kind().equals("User") && user.equals(o.string("spec.name"))).stream()
                    .findFirst().orElseThrow(() -> new AssertionError("no User " + user));
            assertNotNull(userObject.at("spec.passwordSecretKeyRef.name"), user + " password from a Secret");
            for (K8sObject other : m.ofKind("Grant")) {
                if (other != grant && user.equals(other.string("spec.username"))) {
                    fail(user + " may only touch " + schema + ", but also has " + other.id());
                }
            }
        }
    }

    /**
     * The Services mariadb-operator creates for a MariaDB (internal/controller/mariadb_controller.go,
     * reconcileService): always the default Service named like the MariaDB and the headless "-internal" one;
     * "-primary" and "-secondary" only when IsHAEnabled(), that is with Galera or replication.
     */
    public static Set<String> operatorServices(K8sObject mariadb) {
        String name = mariadb.name();
        Set<String> services = new TreeSet<>(List.of(name, name + "-internal"));
        if (Boolean.TRUE.equals(mariadb.at("spec.galera.enabled"))
                || Boolean.TRUE.equals(mariadb.at("spec.replication.enabled"))) {
            services.addAll(List.of(name + "-primary", name + "-secondary"));
        }
        return services;
    }

    private static final Pattern JDBC_HOSTS = Pattern.compile("jdbc:mariadb:(?:[a-z]+:)?//([^/?]+)");

    /**
     * Every database host a Dozo pod connects to (JDBC URLs, *_HOST variables) is
     * a Service the operator really creates in this mode, or one node's address behind the headless Service.
     */
    static void assertSqlHostsExist(Manifests m, K8sObject mariadb) {
        String name = mariadb.name();
        Set<String> services = operatorServices(mariadb);
        int replicas = ((Number) mariadb.at("spec.replicas")).intValue();
        Map<String, String> hosts = new LinkedHashMap<>();
        for (K8sObject o : m.all()) {
            List<String> texts = new ArrayList<>();
            if (o.kind().equals("ConfigMap") && o.map("data") != null) {
                o.map("data").forEach((k, v) -> texts.add(k + "=" + v));
            }
            for (Map<String, Object> c : allContainers(o)) {
                K8sObject.env(c).forEach((envName, e) -> {
                    if (e.get("value") != null) {
                        texts.add(envName + "=" + e.get("value"));
                    }
                });
            }
            for (String text : texts) {
                Matcher jdbc = JDBC_HOSTS.matcher(text);
                while (jdbc.find()) {
                    for (String host : jdbc.group(1).split(",")) {
                        hosts.put(host.replaceAll(":\\d+$", ""), o.id() + " " + text);
                    }
                }
                if (text.matches("[A-Z_]*HOST=.*")) {
                    hosts.put(text.substring(text.indexOf('=') + 1), o.id() + " " + text);
                }
            }
        }
        Pattern node = Pattern.compile(Pattern.quote(name) + "-(\\d+)\\." + Pattern.quote(name) + "-internal");
        for (Map.Entry<String, String> e : hosts.entrySet()) {
            String host = e.getKey().replaceAll("\\.(svc|" + Pattern.quote(Chart.NAMESPACE) + ")(\\..*)?$", "");
            if (!host.startsWith(name) || host.equals("127.0.0.1") || host.equals("localhost")) {
                continue;
            }
            Matcher n = node.matcher(host);
            if (n.matches()) {
                assertTrue(Integer.parseInt(n.group(1)) < replicas,
                        e.getValue() + " names node " + host + " of " + replicas);
            } else {
                assertTrue(services.contains(host), e.getValue() + " connects to " + host
                        + ", but with this MariaDB (galera " + mariadb.at("spec.galera.enabled")
                        + ") the operator creates only " + services);
            }
        }
        assertFalse(hosts.isEmpty(), "no database host found at all");
    }

    // ---- backups ------------------------------------------------------------------------------------------------

    public static void assertBackups(Manifests m, Expect expect) {
        assertNotEquals(expect.offsiteSecret(), expect.mediaSecret(), "off-site credentials are separate");

        // Scheduled physical backups to the off-site bucket with retention.
        K8sObject backup = m.oneOfKind("PhysicalBackup");
        assertFalse(backup.string("spec.schedule.cron").isBlank(), "a backup schedule");
        assertNotNull(backup.at("spec.maxRetention"), "a retention");
        assertEquals(expect.offsiteBucket(), backup.string("spec.storage.s3.bucket"), "backups go off-site");
        assertEquals(expect.offsiteSecret(), backup.string("spec.storage.s3.accessKeyIdSecretKeyRef.name"));
        assertEquals(expect.offsiteSecret(), backup.string("spec.storage.s3.secretAccessKeySecretKeyRef.name"));

        // The binlog stream: a sidecar on every MariaDB node, at most a minute behind, to the off-site bucket.
        K8sObject mariadb = m.oneOfKind("MariaDB");
        Map<String, Object> archiver = mariadb.list("spec.sidecarContainers").stream().map(K8sObject::asMap)
                .filter(c -> "binlog-archiver".equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no binlog-archiver sidecar on MariaDB"));
        Map<String, Map<String, Object>> env = K8sObject.env(archiver);
        int interval = Integer.parseInt(String.valueOf(env.get("INTERVAL").get("value")));
        assertTrue(interval > 0 && interval <= 50,
                "binlog archive interval keeps the copy under 60 s behind: " + interval);
        assertTrue(String.valueOf(env.get("TARGET").get("value")).startsWith("offsite:" + expect.offsiteBucket() + "/"),
                "binlogs go to the off-site bucket: " + env.get("TARGET"));
        assertEquals(expect.offsiteSecret(),
                K8sObject.at(env.get("RCLONE_CONFIG_OFFSITE_SECRET_ACCESS_KEY"), "valueFrom.secretKeyRef.name"));
        String script = archiverScript(m);
        assertTrue(script.contains("FLUSH LOCAL BINARY LOGS") && script.contains("--immutable"),
                "the archiver closes logs and never overwrites");

        // Media copied off-site, never deleted there.
        K8sObject mirror = m.byComponent("CronJob", "media-mirror");
        Map<String, Map<String, Object>> mirrorEnv = K8sObject.env(mirror.containers(false).get(0));
        assertTrue(String.valueOf(mirrorEnv.get("DESTINATION").get("value"))
                .startsWith("offsite:" + expect.offsiteBucket() + "/"));
        assertEquals(expect.offsiteSecret(),
                K8sObject.at(mirrorEnv.get("RCLONE_CONFIG_OFFSITE_SECRET_ACCESS_KEY"), "valueFrom.secretKeyRef.name"));

        // Every upload to the off-site bucket carries Content-MD5: with a default Object Lock retention, S3 refuses a
        // single-part PutObject without it, and rclone sends it on every part of a multipart upload. rclone's S3
        // documentation ("Object-lock enabled S3 bucket") gives the fix: upload_cutoff 0, so every file goes multipart.
        List<String> offsiteClients = new ArrayList<>();
        for (K8sObject o : m.all()) {
            for (Map<String, Object> c : allContainers(o)) {
                Map<String, Map<String, Object>> e = K8sObject.env(c);
                if (e.containsKey("RCLONE_CONFIG_OFFSITE_TYPE")) {
                    offsiteClients.add(o.id() + "/" + c.get("name"));
                    assertEquals("0",
                            String.valueOf(K8sObject.at(e.get("RCLONE_CONFIG_OFFSITE_UPLOAD_CUTOFF"), "value")),
                            o.id() + " container " + c.get("name")
                                    + ": uploads to the Object Lock bucket need RCLONE_CONFIG_OFFSITE_UPLOAD_CUTOFF=0");
                }
            }
        }
        assertTrue(offsiteClients.size() >= 2,
                "the archiver and the media mirror reach the off-site bucket: " + offsiteClients);

        // The application never holds the off-site keys, so it cannot delete a backup.
        for (String service : SERVICES) {
            String text = Manifests.prettyYaml().dump(deployment(m, service).raw());
            assertFalse(text.contains("name: " + expect.offsiteSecret() + "\n"),
                    service + " must not see the off-site credentials");
        }
        Pattern deleting =
                Pattern.compile("(rclone|RCLONE\"?)\\s+(sync|delete|deletefile|purge|move|moveto|rmdirs?)\\b");
        for (String name : List.of("media-mirror.sh", "binlog-archiver.sh")) {
            Object text = scripts(m).get(name);
            assertNotNull(text, name);
            assertFalse(deleting.matcher(String.valueOf(text)).find(), name + " must never delete off-site");
        }
    }

    static Map<String, Object> scripts(Manifests m) {
        return m.byComponent("ConfigMap", "backup").map("data");
    }

    static String archiverScript(Manifests m) {
        return String.valueOf(scripts(m).get("binlog-archiver.sh"));
    }

    // ---- environment ----------------------------------------------------------------------------------------

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");

    /**
     * Kubernetes expands $(VAR) in an env value only when VAR is an earlier entry of the same container's env (or
     * envFrom); otherwise the text stays as it is, and the pod would call "http://$(BUCKET_HOST)". Pod templates
     * only: mariadb-operator puts the MariaDB container's own env (POD_NAME, ...) before a sidecar's.
     */
    public static void assertEnvReferencesResolve(Manifests m) {
        for (K8sObject o : m.all()) {
            for (Map<String, Object> c : o.containers(true)) {
                Set<String> defined = new HashSet<>();
                if (c.get("envFrom") != null) {
                    for (Object source : asList(c.get("envFrom"))) {
                        Object cm = K8sObject.at(source, "configMapRef.name");
                        if (cm != null) {
                            defined.addAll(m.one("ConfigMap", (String) cm).map("data").keySet());
                        }
                    }
                }
                for (Map.Entry<String, Map<String, Object>> e : K8sObject.env(c).entrySet()) {
                    Matcher ref = ENV_REFERENCE.matcher(String.valueOf(e.getValue().getOrDefault("value", "")));
                    while (ref.find()) {
                        assertTrue(defined.contains(ref.group(1)),
                                o.id() + " container " + c.get("name") + ": " + e.getKey()
                                        + " uses $(" + ref.group(1) + ") before (or without) defining it");
                    }
                    defined.add(e.getKey());
                }
            }
        }
    }

    /** SeaweedFS left the chart (issue 19): nothing rendered may still name it. */
    public static void assertNoSeaweedfs(Manifests m) {
        for (K8sObject o : m.all()) {
            assertFalse(Manifests.prettyYaml().dump(o.raw()).toLowerCase(java.util.Locale.ROOT).contains("seaweed"),
                    o.id() + " still names SeaweedFS");
        }
    }

    // ---- Rook-Ceph object storage ------------------------------------------------------------------------------

    /**
     * Labels Rook puts on every RGW pod of a CephObjectStore, written here from Rook's source
     * (pkg/operator/ceph/object/spec.go getLabels, pkg/operator/ceph/controller/spec.go CephDaemonAppLabels) rather
     * than from the chart, so a selector the pods would not match fails.
     */
    public static Map<String, Object> rgwPodLabels(K8sObject store) {
        String name = store.name();
        return Map.of("app", "rook-ceph-rgw", "rook_cluster", store.string("metadata.namespace"), "rgw", name,
                "ceph_daemon_id", name, "rook_object_store", name, "ceph_daemon_type", "rgw");
    }

    /** The port the RGW container listens on without host networking (pkg/operator/ceph/object/config.go). */
    public static final int RGW_POD_PORT = 8080;

    /** The vendored Rook CRDs (src/test/resources/crds, Rook v1.20.6). */
    public static final CrdSchema ROOK_CRDS = CrdSchema.load("/crds/rook-ceph-v1.20.6.yaml");

    public static void assertRookStorage(Manifests m, Expect expect) {
        K8sObject store = m.oneOfKind("CephObjectStore");
        String storeNamespace = store.string("metadata.namespace");
        assertNotNull(storeNamespace, "the CephObjectStore lives in the CephCluster's namespace");

        // Every rendered Rook object is valid for the Rook CRDs.
        for (K8sObject o : m.where(x -> x.string("apiVersion").matches("(ceph\\.rook\\.io|objectbucket\\.io)/.*"))) {
            assertTrue(ROOK_CRDS.knows(o), o.id() + " is of a kind the vendored Rook CRDs do not define");
            List<String> errors = ROOK_CRDS.validate(o);
            assertTrue(errors.isEmpty(),
                    o.id() + " does not validate against the Rook CRD:\n  " + String.join("\n  ", errors));
        }

        // Replicated pools, never deleted with the store.
        int gateways = ((Number) store.at("spec.gateway.instances")).intValue();
        for (String pool : List.of("metadataPool", "dataPool")) {
            String where = store.id() + " " + pool;
            assertNull(store.at("spec." + pool + ".erasureCoded"), where + " is replicated");
            int size = ((Number) store.at("spec." + pool + ".replicated.size")).intValue();
            String failureDomain = store.string("spec." + pool + ".failureDomain");
            if (expect.prod()) {
                assertTrue(size >= 3, where + " keeps at least 3 copies, got " + size);
                assertNotNull(failureDomain, where + " names a failure domain (Rook's default is host, but say so)");
                assertNotEquals("osd", failureDomain, where + " keeps its copies on different hosts");
            }
            assertEquals(size > 1, store.at("spec." + pool + ".replicated.requireSafeReplicaSize"),
                    where + ": Ceph refuses to shrink a pool to one copy unless that was asked for");
        }
        assertEquals(Boolean.TRUE, store.at("spec.preservePoolsOnDelete"),
                "deleting the CephObjectStore keeps the pools");
        if ("Helm".equals(store.label("app.kubernetes.io/managed-by"))) {
            assertEquals("keep", store.annotations().get("helm.sh/resource-policy"), "helm uninstall keeps the store");
        }

        // Two gateways on different nodes, and a disruption budget that lets only one go at a time.
        Map<String, Object> rgwPods = rgwPodLabels(store);
        if (expect.prod()) {
            assertTrue(gateways >= 2, "at least 2 gateways, got " + gateways);
            Object required = store
                    .at("spec.gateway.placement.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]");
            assertNotNull(required, "the gateways keep to different nodes");
            assertEquals("kubernetes.io/hostname", K8sObject.at(required, "topologyKey"));
            assertTrue(Manifests.selects(asMap(K8sObject.at(required, "labelSelector.matchLabels")), rgwPods),
                    "anti-affinity selects the gateways");
            List<K8sObject> budgets = m.where(o -> o.kind().equals("PodDisruptionBudget")
                    && storeNamespace.equals(o.string("metadata.namespace"))
                    && Manifests.selects(o.map("spec.selector.matchLabels"), rgwPods));
            assertEquals(1, budgets.size(), "one PodDisruptionBudget over the gateways: " + budgets);
            Object maxUnavailable = budgets.get(0).at("spec.maxUnavailable");
            assertEquals(1, maxUnavailable, budgets.get(0).id() + " lets one gateway go at a time");
        }

        // The bucket: a claim on a StorageClass of Rook's provisioner for this store, kept when the claim goes.
        K8sObject claim = m.oneOfKind("ObjectBucketClaim");
        K8sObject storageClass = m.one("StorageClass", claim.string("spec.storageClassName"));
        assertTrue(storageClass.string("provisioner").endsWith(".ceph.rook.io/bucket"),
                storageClass.id() + " " + storageClass.string("provisioner"));
        assertEquals(store.name(), storageClass.string("parameters.objectStoreName"));
        assertEquals(storeNamespace, storageClass.string("parameters.objectStoreNamespace"));
        assertEquals("Retain", storageClass.string("reclaimPolicy"), "deleting the claim keeps the bucket");
        assertNull(claim.string("metadata.namespace"),
                "the claim, and so Rook's Secret and ConfigMap, are in the release namespace");
        String bucket = claim.string("spec.bucketName");
        assertNotNull(bucket, "a fixed bucket name, which the media mirror and the restore use");

        // Every media client takes its S3 settings from the claim's Secret and ConfigMap.
        List<String> clients = new ArrayList<>();
        for (K8sObject o : m.all()) {
            for (Map<String, Object> c : allContainers(o)) {
                Map<String, Map<String, Object>> env = K8sObject.env(c);
                for (String[] client : new String[][]{
                        {"DOZO_S3_ENDPOINT", "DOZO_S3_ACCESS_KEY", "DOZO_S3_SECRET_KEY", "DOZO_S3_BUCKET"},
                        {"RCLONE_CONFIG_MEDIA_ENDPOINT", "RCLONE_CONFIG_MEDIA_ACCESS_KEY_ID",
                                "RCLONE_CONFIG_MEDIA_SECRET_ACCESS_KEY", null}}) {
                    String where = o.id() + " container " + c.get("name");
                    if (!env.containsKey(client[0]) && !effectiveEnv(m, o, c).containsKey(client[0])) {
                        continue;
                    }
                    clients.add(where);
                    assertEquals("http://$(BUCKET_HOST):$(BUCKET_PORT)", K8sObject.at(env.get(client[0]), "value"),
                            where + " " + client[0]);
                    for (String key : List.of("BUCKET_HOST", "BUCKET_PORT")) {
                        assertEquals(claim.name(), K8sObject.at(env.get(key), "valueFrom.configMapKeyRef.name"),
                                where + " " + key + " from the claim's ConfigMap");
                        assertEquals(key, K8sObject.at(env.get(key), "valueFrom.configMapKeyRef.key"), where);
                    }
                    assertEquals(claim.name(), K8sObject.at(env.get(client[1]), "valueFrom.secretKeyRef.name"),
                            where + " " + client[1]);
                    assertEquals("AWS_ACCESS_KEY_ID", K8sObject.at(env.get(client[1]), "valueFrom.secretKeyRef.key"),
                            where);
                    assertEquals(claim.name(), K8sObject.at(env.get(client[2]), "valueFrom.secretKeyRef.name"),
                            where + " " + client[2]);
                    assertEquals("AWS_SECRET_ACCESS_KEY",
                            K8sObject.at(env.get(client[2]), "valueFrom.secretKeyRef.key"), where);
                    if (client[3] != null) {
                        assertEquals("$(BUCKET_NAME)", K8sObject.at(env.get(client[3]), "value"), where);
                        assertEquals("BUCKET_NAME",
                                K8sObject.at(env.get("BUCKET_NAME"), "valueFrom.configMapKeyRef.key"), where);
                    } else {
                        String copy = K8sObject.at(env.get("SOURCE"), "value") + " "
                                + K8sObject.at(env.get("DESTINATION"), "value");
                        assertTrue(copy.contains("media:" + bucket),
                                where + " copies the claimed bucket " + bucket + ": " + copy);
                    }
                }
            }
        }
        assertTrue(
                clients.stream().anyMatch(c -> c.startsWith("Deployment/"))
                        && clients.stream().anyMatch(c -> c.startsWith("CronJob/")),
                "content-service and the media mirror use the bucket: " + clients);

        assertGatewayNetworkPolicy(m, store, rgwPods);
    }

    /** Only the Dozo pods that use the bucket (and the Rook operator) reach the gateways, and they may. */
    static void assertGatewayNetworkPolicy(Manifests m, K8sObject store, Map<String, Object> rgwPods) {
        String storeNamespace = store.string("metadata.namespace");
        List<K8sObject> policies =
                m.where(o -> o.kind().equals("NetworkPolicy") && storeNamespace.equals(o.string("metadata.namespace"))
                        && Manifests.selects(o.map("spec.podSelector.matchLabels"), rgwPods));
        assertEquals(1, policies.size(), "one NetworkPolicy over the gateways");
        K8sObject policy = policies.get(0);
        assertEquals(List.of("Ingress"), policy.list("spec.policyTypes"),
                policy.id() + " restricts what reaches the gateways");
        List<K8sObject> clients = m.where(o -> o.podSpec() != null && o.containers(true).stream()
                .anyMatch(c -> String.valueOf(c.get("env"))
                        .matches("(?s).*name=(DOZO_S3_ENDPOINT|RCLONE_CONFIG_MEDIA_ENDPOINT),.*")));
        assertFalse(clients.isEmpty(), "no media clients found");
        Set<String> admitted = new TreeSet<>();
        Set<String> others = new TreeSet<>();
        for (Object rule : policy.list("spec.ingress")) {
            assertEquals(List.of(Map.of("port", RGW_POD_PORT)), K8sObject.at(rule, "ports"),
                    policy.id() + " opens only the S3 port");
            Object from = K8sObject.at(rule, "from");
            assertNotNull(from, policy.id() + " has a rule open to everyone");
            for (Object peer : asList(from)) {
                Map<String, Object> p = asMap(peer);
                assertFalse(p.containsKey("ipBlock"), policy.id() + " admits an ipBlock");
                Object namespace = namespaceName(p);
                assertNotNull(namespace, policy.id() + " admits a peer without naming its namespace: " + p);
                Map<String, Object> selector = asMap(K8sObject.at(p, "podSelector.matchLabels"));
                assertNotNull(selector, policy.id() + " admits a whole namespace: " + p);
                if (Chart.NAMESPACE.equals(namespace)) {
                    for (K8sObject w : m.where(o -> o.podSpec() != null)) {
                        if (Manifests.selects(selector, w.podLabels())) {
                            admitted.add(w.id());
                        }
                    }
                } else {
                    others.add(namespace + "/" + selector);
                }
            }
        }
        assertEquals(new TreeSet<>(clients.stream().map(K8sObject::id).toList()), admitted,
                policy.id() + " admits exactly the media clients");
        assertEquals(
                Set.of(m.oneOfKind("StorageClass").string("provisioner").replace(".ceph.rook.io/bucket", "")
                        + "/{app=rook-ceph-operator}"),
                others,
                policy.id() + " admits nothing else but the Rook operator");

        // The clients' own egress lets them reach the gateways' pod port.
        for (K8sObject client : clients) {
            boolean allowed = m.ofKind("NetworkPolicy").stream()
                    .filter(p -> p.string("metadata.namespace") == null && p.list("spec.policyTypes").contains("Egress")
                            && Manifests.selects(p.map("spec.podSelector.matchLabels"), client.podLabels()))
                    .flatMap(p -> p.list("spec.egress").stream())
                    .anyMatch(rule -> String.valueOf(K8sObject.at(rule, "ports")).contains("port=" + RGW_POD_PORT)
                            && asList(K8sObject.at(rule, "to")).stream()
                                    .anyMatch(peer -> storeNamespace.equals(namespaceName(peer))
                                            && Manifests.selects(asMap(K8sObject.at(peer, "podSelector.matchLabels")),
                                                    rgwPods)));
            assertTrue(allowed, client.id() + " may not reach the gateways on " + RGW_POD_PORT);
        }
    }

    /** The namespace a NetworkPolicy peer names through kubernetes.io/metadata.name, or null. */
    static Object namespaceName(Object peer) {
        Map<String, Object> labels = asMap(K8sObject.at(peer, "namespaceSelector.matchLabels"));
        return labels == null ? null : labels.get("kubernetes.io/metadata.name");
    }
}
