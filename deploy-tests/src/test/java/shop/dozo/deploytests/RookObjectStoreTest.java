package shop.dozo.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * objectStorage.mode=rook: the rendered Rook objects are valid for Rook's CRDs (v1.20.6, vendored), and the checks
 * of Promises.assertRookStorage fail when the chart breaks a promise. Rendered only: no Rook ran here.
 */
class RookObjectStoreTest {
    static Manifests prodRook() {
        return Chart.template(List.of(Repo.PROD_VALUES), Map.of("objectStorage.mode", "rook", "helmHooks", "false"));
    }

    @Test
    void renderedRookObjectsValidateAgainstTheCrds() {
        for (Manifests m : List.of(prodRook(), Chart.template(List.of(Repo.DEV_VALUES), Map.of()))) {
            List<K8sObject> rook =
                    m.where(o -> o.string("apiVersion").matches("(ceph\\.rook\\.io|objectbucket\\.io)/.*"));
            assertEquals(List.of("CephObjectStore", "ObjectBucketClaim"),
                    rook.stream().map(K8sObject::kind).sorted().toList());
            for (K8sObject o : rook) {
                assertEquals(List.of(), Promises.ROOK_CRDS.validate(o), o.id());
            }
        }
    }

    /**
     * CrdSchema does not run the CRD's CEL rules. Of those along the fields the chart sets, only the multisite rule
     * on spec applies (the crush rules sit on erasureCoded, which replicated pools leave out); checked by hand.
     */
    @Test
    void theCrdsCelRulesHoldForTheRenderedStore() {
        K8sObject store = prodRook().oneOfKind("CephObjectStore");
        assertEquals(List.of(store.id()
                + ".spec: !(has(self.defaultRealm) && self.defaultRealm == true && has(self.zone) && size(self.zone.name) > 0)"),
                Promises.ROOK_CRDS.celRules(store));
        assertEquals(null, store.at("spec.zone"), "no multisite zone, so defaultRealm is free");
    }

    static Stream<Arguments> brokenObjects() {
        return Stream.of(
                Arguments.of("a misspelt field", "CephObjectStore",
                        (Consumer<K8sObject>) o -> o.map("spec.gateway").put("instance", 2),
                        ".spec.gateway.instance: unknown field"),
                Arguments.of("a string for an integer", "CephObjectStore",
                        (Consumer<K8sObject>) o -> o.map("spec.gateway").put("instances", "two"),
                        ".spec.gateway.instances: String two where the schema wants integer"),
                Arguments.of("a pool without its size", "CephObjectStore",
                        (Consumer<K8sObject>) o -> o.map("spec.dataPool.replicated").remove("size"),
                        ".spec.dataPool.replicated: missing required field size"),
                Arguments.of("a negative size", "CephObjectStore",
                        (Consumer<K8sObject>) o -> o.map("spec.dataPool.replicated").put("size", -1),
                        "is below the minimum 0"),
                Arguments.of("a claim field OBC does not have", "ObjectBucketClaim",
                        (Consumer<K8sObject>) o -> o.map("spec").put("bucket", "x"),
                        ".spec.bucket: unknown field"));
    }

    @ParameterizedTest(name = "the CRD check refuses {0}")
    @MethodSource("brokenObjects")
    void theCrdCheckRefusesBrokenObjects(String name, String kind, Consumer<K8sObject> breakIt, String expected) {
        K8sObject o = prodRook().oneOfKind(kind);
        breakIt.accept(o);
        List<String> errors = Promises.ROOK_CRDS.validate(o);
        assertTrue(errors.stream().anyMatch(e -> e.contains(expected)), "expected '" + expected + "' in " + errors);
    }

    static Stream<Arguments> brokenCharts() {
        return Stream.of(
                Arguments.of("pools of 2 copies",
                        (Consumer<Manifests>) m -> m.oneOfKind("CephObjectStore").map("spec.dataPool.replicated")
                                .put("size", 2)),
                Arguments.of("copies on one host",
                        (Consumer<Manifests>) m -> m.oneOfKind("CephObjectStore").map("spec.metadataPool")
                                .put("failureDomain", "osd")),
                Arguments.of("one gateway",
                        (Consumer<Manifests>) m -> m.oneOfKind("CephObjectStore").map("spec.gateway").put("instances",
                                1)),
                Arguments.of("no gateway budget",
                        (Consumer<
                                Manifests>) m -> m.all().removeIf(o -> o.id().equals("PodDisruptionBudget/dozo-rgw"))),
                Arguments.of("a budget selecting no gateway",
                        (Consumer<Manifests>) m -> m.one("PodDisruptionBudget", "dozo-rgw")
                                .map("spec.selector.matchLabels").put("app", "rook-ceph-rgw-typo")),
                Arguments.of("pools dropped with the store",
                        (Consumer<Manifests>) m -> m.oneOfKind("CephObjectStore").map("spec")
                                .put("preservePoolsOnDelete", false)),
                Arguments.of("a bucket deleted with its claim",
                        (Consumer<Manifests>) m -> m.oneOfKind("StorageClass").raw().put("reclaimPolicy", "Delete")),
                Arguments.of("gateways open to a whole namespace", (Consumer<Manifests>) m -> K8sObject.asMap(
                        K8sObject.asList(m.one("NetworkPolicy", "dozo-rgw").at("spec.ingress[0].from")).get(0))
                        .remove("podSelector")),
                Arguments.of("gateways open to the storefront",
                        (Consumer<Manifests>) m -> K8sObject.asList(m.one("NetworkPolicy", "dozo-rgw")
                                .at("spec.ingress[0].from"))
                                .add(Map.of("namespaceSelector",
                                        Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "dozo")),
                                        "podSelector",
                                        Map.of("matchLabels", Map.of("app.kubernetes.io/component", "storefront"))))),
                Arguments.of("content's keys from another Secret",
                        (Consumer<Manifests>) m -> env(m.byComponent("Deployment", "content"), "DOZO_S3_ACCESS_KEY")
                                .put("valueFrom",
                                        Map.of("secretKeyRef", Map.of("name", "dozo-media-s3", "key", "access-key")))),
                Arguments.of("the mirror's endpoint written out",
                        (Consumer<Manifests>) m -> env(m.byComponent("CronJob", "media-mirror"),
                                "RCLONE_CONFIG_MEDIA_ENDPOINT")
                                .put("value", "http://rook-ceph-rgw-dozo-media.rook-ceph.svc:80")),
                Arguments.of("the endpoint before the host it uses", (Consumer<Manifests>) m -> {
                    List<Object> env = K8sObject
                            .asList(m.byComponent("Deployment", "content").containers(false).get(0).get("env"));
                    Object host = env.stream().filter(e -> "BUCKET_HOST".equals(K8sObject.asMap(e).get("name")))
                            .findFirst().orElseThrow();
                    env.remove(host);
                    env.add(host);
                }),
                Arguments.of("an invalid Rook object", (Consumer<
                        Manifests>) m -> m.oneOfKind("ObjectBucketClaim").map("spec").put("bucketname", "dozo-media")));
    }

    @ParameterizedTest(name = "the Rook promises catch {0}")
    @MethodSource("brokenCharts")
    void thePromisesCatchABrokenChart(String name, Consumer<Manifests> breakIt) {
        Manifests m = prodRook(); // snakeyaml's maps and lists, mutable
        Promises.assertAll(m, HelmChartTest.PROD_ROOK);
        breakIt.accept(m);
        assertThrows(AssertionError.class, () -> Promises.assertAll(m, HelmChartTest.PROD_ROOK));
    }

    @Test
    void theGatewayBudgetIsTheChartsOrRooksNeverBoth() {
        Map<String, Object> rgw = Promises.rgwPodLabels(prodRook().oneOfKind("CephObjectStore"));
        Manifests chart = prodRook();
        assertEquals(1, chart.where(o -> o.kind().equals("PodDisruptionBudget")
                && Manifests.selects(o.map("spec.selector.matchLabels"), rgw)).size());
        Manifests rook = Chart.template(List.of(Repo.PROD_VALUES),
                Map.of("objectStorage.mode", "rook", "objectStorage.rook.podDisruptionBudget", "rook"));
        assertTrue(
                rook.where(o -> o.kind().equals("PodDisruptionBudget")
                        && Manifests.selects(o.map("spec.selector.matchLabels"), rgw)).isEmpty(),
                "Rook's managePodBudgets makes rook-ceph-rgw-<store>; a second budget would block evictions");
    }

    @Test
    void devKeepsOneCopyAndSaysSo() {
        Manifests dev = Chart.template(List.of(Repo.DEV_VALUES), Map.of());
        K8sObject store = dev.oneOfKind("CephObjectStore");
        assertEquals(1, store.at("spec.dataPool.replicated.size"));
        assertEquals(false, store.at("spec.dataPool.replicated.requireSafeReplicaSize"),
                "Rook refuses size 1 without this");
        assertEquals("osd", store.string("spec.dataPool.failureDomain"));
        assertEquals(1, store.at("spec.gateway.instances"));
    }

    @Test
    void externalModeRendersNoRookObject() {
        Manifests m = Chart.template(List.of(Repo.PROD_VALUES), Map.of());
        assertTrue(m.where(
                o -> o.string("apiVersion").contains("rook.io") || o.string("apiVersion").startsWith("objectbucket.io")
                        || o.kind().equals("StorageClass"))
                .isEmpty());
        K8sObject content = m.byComponent("Deployment", "content");
        assertEquals("dozo-media-s3", K8sObject.at(env(content, "DOZO_S3_ACCESS_KEY"), "valueFrom.secretKeyRef.name"));
        assertEquals("https://s3.eu-central-1.amazonaws.com",
                m.one("ConfigMap", "dozo-content").map("data").get("DOZO_S3_ENDPOINT"));
        assertFalse(String.valueOf(content.containers(false).get(0).get("env")).contains("BUCKET_HOST"));
    }

    static Map<String, Object> env(K8sObject workload, String name) {
        return K8sObject.asMap(K8sObject.asList(workload.containers(false).get(0).get("env")).stream()
                .filter(e -> name.equals(K8sObject.asMap(e).get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(workload.id() + " has no " + name)));
    }
}
