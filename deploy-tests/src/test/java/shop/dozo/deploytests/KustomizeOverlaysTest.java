package shop.dozo.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shop.dozo.deploytests.Promises.Expect;

/** kubectl kustomize k8s/overlays/{prod,dev} renders and keeps the same promises as the chart. */
class KustomizeOverlaysTest {
    static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    @BeforeAll
    static void needsKubectl() {
        Assumptions.assumeTrue(Kustomize.kubectl() != null,
                "kubectl is not on PATH: these checks of k8s/overlays are skipped. Install kubectl (package 'kubectl' from"
                        + " the Kubernetes apt repository pkgs.k8s.io; Debian 12 itself has none) to run them.");
    }

    @Test
    void prodKeepsEveryPromise() {
        Manifests prod = Kustomize.build(Repo.K8S.resolve("overlays/prod"));
        Promises.assertAll(prod,
                new Expect(true, 3, true, "dozo-offsite-backups", "dozo-offsite-s3", "dozo-media-s3", false));
        assertEquals(3, Promises.minPods(prod, Promises.deployment(prod, "storefront")),
                "the prod overlay gives the storefront 3 pods");
        assertNamespaced(prod, "dozo");
        for (String service : Promises.SERVICES) {
            String image = String.valueOf(Promises.deployment(prod, service).containers(false).get(0).get("image"));
            assertTrue(image.startsWith("registry.example.com/dozo/") && image.endsWith(":1.0.0"), image);
        }
        // Kustomize has no hooks: the migrations and the off-site check are plain Jobs.
        for (String service : Promises.SCHEMAS.keySet()) {
            K8sObject job = prod.byComponent("Job", "migrate-" + service);
            Map<String, String> env = Promises.effectiveEnv(prod, job, job.containers(false).get(0));
            assertEquals("true", env.get("QUARKUS_FLYWAY_MIGRATE_AT_START"));
            assertEquals("true", env.get("QUARKUS_INIT_AND_EXIT"));
        }
        prod.byComponent("Job", "verify-offsite");
        K8sObject ns = prod.oneOfKind("Namespace");
        assertEquals("restricted", ns.label("pod-security.kubernetes.io/warn"));
    }

    @Test
    void devRunsOneOfEverythingAndStillBacksUp() {
        Manifests dev = Kustomize.build(Repo.K8S.resolve("overlays/dev"));
        Promises.assertAll(dev,
                new Expect(false, 1, false, "dozo-offsite-backups", "dozo-offsite-s3", "dozo-media-s3", false));
        assertNamespaced(dev, "dozo-dev");
        for (String service : Promises.SERVICES) {
            assertEquals(1, Promises.minPods(dev, Promises.deployment(dev, service)), service);
        }
        assertTrue(dev.ofKind("HorizontalPodAutoscaler").isEmpty());
        assertTrue(dev.ofKind("PodDisruptionBudget").isEmpty());
        assertTrue(dev.where(o -> "verify-offsite".equals(o.component())).isEmpty());
        for (String service : Promises.SCHEMAS.keySet()) {
            K8sObject job = dev.byComponent("Job", "migrate-" + service);
            String url =
                    Promises.effectiveEnv(dev, job, job.containers(false).get(0)).get("QUARKUS_DATASOURCE_JDBC_URL");
            assertEquals("jdbc:mariadb:sequential://dozo-mariadb-0.dozo-mariadb-internal:3306/"
                    + Promises.SCHEMAS.get(service), url);
        }
        assertTrue(String.valueOf(Promises.deployment(dev, "catalog").containers(false).get(0).get("image"))
                .equals("localhost:5000/dozo/catalog-service:1.0.0-SNAPSHOT"));
        assertEquals(List.of(), dev.oneOfKind("MariaDB").list("spec.galera"));
    }

    private static void assertNamespaced(Manifests m, String namespace) {
        for (K8sObject o : m.all()) {
            if (!CLUSTER_SCOPED.contains(o.kind())) {
                assertEquals(namespace, o.string("metadata.namespace"), o.id() + " namespace");
            }
        }
    }
}
