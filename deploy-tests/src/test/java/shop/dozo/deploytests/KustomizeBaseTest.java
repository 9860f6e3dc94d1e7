package shop.dozo.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import shop.dozo.deploytests.Promises.Expect;

/**
 * k8s/base is the chart rendered with k8s/chart-values.yaml, one file per component, with the Helm-only
 * labels and annotations removed. One source of truth: this test fails when the two drift apart, and with
 * -Ddozo.k8s.regenerate=true it rewrites k8s/base instead.
 */
class KustomizeBaseTest {
    static final Path BASE = Repo.K8S.resolve("base");
    static final Path VALUES = Repo.K8S.resolve("chart-values.yaml");
    static final String HEADER = """
            # GENERATED from helm/dozo with k8s/chart-values.yaml; do not edit. Change the chart or the values, then run
            #   ./mvnw -B -pl deploy-tests verify -Dtest=KustomizeBaseTest -Ddozo.k8s.regenerate=true
            """;

    @Test
    void baseIsTheChartsRendering() throws IOException {
        Map<String, String> expected = generate();
        if (Boolean.getBoolean("dozo.k8s.regenerate")) {
            try (Stream<Path> old = Files.list(BASE)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            for (Map.Entry<String, String> e : expected.entrySet()) {
                Files.writeString(BASE.resolve(e.getKey()), e.getValue());
            }
        }
        Map<String, String> actual = new TreeMap<>();
        try (Stream<Path> files = Files.list(BASE)) {
            for (Path file : files.toList()) {
                actual.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        assertEquals(expected.keySet(), actual.keySet(), "k8s/base files; regenerate with -Ddozo.k8s.regenerate=true");
        List<String> stale = new ArrayList<>();
        expected.forEach((name, text) -> {
            if (!text.equals(actual.get(name))) {
                stale.add(name);
            }
        });
        assertTrue(stale.isEmpty(), "k8s/base is out of date with helm/dozo in " + stale
                + "; regenerate with ./mvnw -B -pl deploy-tests verify -Dtest=KustomizeBaseTest -Ddozo.k8s.regenerate=true");
    }

    @Test
    void baseAloneKeepsThePromises() {
        Manifests base = Chart.template(List.of(VALUES), Map.of());
        Promises.assertAll(base,
                new Expect(true, 3, true, "dozo-offsite-backups", "dozo-offsite-s3", "dozo-media-s3", false));
    }

    /** File name -> content of every k8s/base file. */
    static Map<String, String> generate() {
        Manifests rendered = Chart.template(List.of(VALUES), Map.of());
        Map<String, List<K8sObject>> byFile = new TreeMap<>();
        for (K8sObject o : rendered.all()) {
            stripHelm(o.raw());
            byFile.computeIfAbsent(fileOf(o), f -> new ArrayList<>()).add(o);
        }
        Map<String, String> files = new TreeMap<>();
        byFile.forEach((file, objects) -> {
            StringBuilder text = new StringBuilder(HEADER);
            for (K8sObject o : objects) {
                text.append("---\n").append(Manifests.prettyYaml().dump(o.raw()));
            }
            files.put(file, text.toString());
        });
        StringBuilder kustomization = new StringBuilder(HEADER)
                .append("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n");
        files.keySet().forEach(f -> kustomization.append("  - ").append(f).append('\n'));
        files.put("kustomization.yaml", kustomization.toString());
        return files;
    }

    /** catalog.yaml holds catalog's Deployment, Service, ConfigMap, PDB, HPA, NetworkPolicy and migration Job. */
    static String fileOf(K8sObject o) {
        String component = o.component();
        if (component == null) {
            return o.kind().equals("NetworkPolicy") ? "network-policies.yaml" : "shared.yaml";
        }
        if (component.startsWith("migrate-")) {
            component = component.substring("migrate-".length());
        }
        return component + ".yaml";
    }

    /** Drops helm.sh/* labels and annotations and marks the objects as managed by kustomize. */
    @SuppressWarnings("unchecked")
    static void stripHelm(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            for (String key : List.of("labels", "annotations")) {
                if (m.get(key) instanceof Map<?, ?> inner) {
                    Map<String, Object> cleaned = new LinkedHashMap<>();
                    ((Map<String, Object>) inner).forEach((k, v) -> {
                        if (!k.startsWith("helm.sh/")) {
                            cleaned.put(k, "app.kubernetes.io/managed-by".equals(k) ? "kustomize" : v);
                        }
                    });
                    if (cleaned.isEmpty()) {
                        m.remove(key);
                    } else {
                        m.put(key, cleaned);
                    }
                }
            }
            m.values().forEach(KustomizeBaseTest::stripHelm);
        } else if (node instanceof List<?> list) {
            list.forEach(KustomizeBaseTest::stripHelm);
        }
    }
}
