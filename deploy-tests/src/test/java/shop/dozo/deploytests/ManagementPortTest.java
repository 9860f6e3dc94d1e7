package shop.dozo.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.deploytests.K8sObject.asList;
import static shop.dozo.deploytests.K8sObject.asMap;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: /q/health, /q/metrics and /q/openapi answer on each pod's management port only. The chart and the
 * kustomize output keep that port off the Ingress; probes and ServiceMonitors use it.
 */
class ManagementPortTest {

    static Stream<Arguments> renderings() {
        Stream<Arguments> chart = Stream.of(
                Arguments.of("the chart's defaults", Chart.template(List.of(), Map.of())),
                Arguments.of("prod values (ServiceMonitors on)", Chart.template(List.of(Repo.PROD_VALUES), Map.of())),
                Arguments.of("dev values", Chart.template(List.of(Repo.DEV_VALUES), Map.of())),
                Arguments.of("k8s/base's values",
                        Chart.template(List.of(Repo.K8S.resolve("chart-values.yaml")), Map.of())));
        if (Kustomize.kubectl() == null) {
            return chart; // KustomizeOverlaysTest says why: no kubectl on PATH.
        }
        return Stream.concat(chart, Stream.of(
                Arguments.of("kustomize k8s/base", Kustomize.build(Repo.K8S.resolve("base"))),
                Arguments.of("kustomize k8s/overlays/prod", Kustomize.build(Repo.K8S.resolve("overlays/prod"))),
                Arguments.of("kustomize k8s/overlays/dev", Kustomize.build(Repo.K8S.resolve("overlays/dev")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renderings")
    void theManagementPortIsOffTheIngress(String name, Manifests m) {
        Promises.assertManagementPortOffTheIngress(m);
    }

    @Test
    void onlyTheServiceMonitorGetsAServicePortForIt() {
        Manifests plain = Chart.template(List.of(), Map.of());
        Manifests monitored = Chart.template(List.of(Repo.PROD_VALUES), Map.of());
        for (String service : Promises.SERVICES) {
            assertEquals(List.of("http"), portNames(plain.byComponent("Service", service)),
                    service + " without monitoring");
            assertEquals(List.of("http", Promises.MANAGEMENT), portNames(monitored.byComponent("Service", service)),
                    service);
            K8sObject policy = monitored.byComponent("NetworkPolicy", service);
            String rules = String.valueOf(policy.at("spec.ingress"));
            assertTrue(rules.contains("kubernetes.io/metadata.name=monitoring}}}], ports=[{port=management}]"),
                    "Prometheus reaches " + service + "'s management port only: " + rules);
            assertFalse(rules.contains("ingress-nginx}}}], ports=[{port=management"), rules);
        }
    }

    static Stream<Arguments> brokenCharts() {
        return Stream.of(
                Arguments.of("an Ingress to the management port by name",
                        (Consumer<Manifests>) m -> rootBackendPort(m).put("name", "management")),
                Arguments.of("an Ingress to the management port by number", (Consumer<Manifests>) m -> {
                    rootBackendPort(m).remove("name");
                    rootBackendPort(m).put("number", 9000);
                }),
                Arguments.of("the storefront's routed port targeting the management port",
                        (Consumer<
                                Manifests>) m -> asMap(m.byComponent("Service", "storefront").list("spec.ports").get(0))
                                        .put("targetPort", "management")),
                Arguments.of("a readiness probe on the http port",
                        (Consumer<Manifests>) m -> asMap(K8sObject
                                .at(Promises.deployment(m, "cart").containers(false).get(0), "readinessProbe.httpGet"))
                                .put("port", "http")),
                Arguments.of("a ServiceMonitor on the http port",
                        (Consumer<
                                Manifests>) m -> asMap(m.ofKind("ServiceMonitor").get(0).list("spec.endpoints").get(0))
                                        .put("port", "http")),
                Arguments.of("the Ingress controller allowed on the management port", (Consumer<Manifests>) m -> {
                    K8sObject policy = m.byComponent("NetworkPolicy", "storefront");
                    for (Object rule : policy.list("spec.ingress")) {
                        if (String.valueOf(rule).contains("ingress-nginx")) {
                            asList(asMap(rule).get("ports"))
                                    .add(new java.util.LinkedHashMap<>(Map.of("port", "management")));
                        }
                    }
                }));
    }

    @ParameterizedTest(name = "the check catches {0}")
    @MethodSource("brokenCharts")
    void theCheckCatchesABrokenChart(String name, Consumer<Manifests> breakIt) {
        Manifests m = Chart.template(List.of(Repo.PROD_VALUES), Map.of()); // snakeyaml's maps and lists, mutable
        Promises.assertManagementPortOffTheIngress(m);
        breakIt.accept(m);
        assertThrows(AssertionError.class, () -> Promises.assertManagementPortOffTheIngress(m));
    }

    private static Map<String, Object> rootBackendPort(Manifests m) {
        for (K8sObject ingress : m.ofKind("Ingress")) {
            for (Object rule : ingress.list("spec.rules")) {
                for (Object path : asList(K8sObject.at(rule, "http.paths"))) {
                    if ("/".equals(asMap(path).get("path"))) {
                        return asMap(K8sObject.at(path, "backend.service.port"));
                    }
                }
            }
        }
        throw new AssertionError("no Ingress path /");
    }

    private static List<String> portNames(K8sObject service) {
        return service.list("spec.ports").stream().map(p -> String.valueOf(asMap(p).get("name"))).toList();
    }
}
