package shop.dozo.deploytests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the install guide (docs/kubernetes.md), the README and Chart.yaml tell the operator matches the chart. */
class InstallGuideTest {

    @Test
    void theGuideCreatesEveryAppSecretKeyTheChartReads() throws IOException {
        Set<String> read = new TreeSet<>();
        for (Manifests m : List.of(Chart.template(List.of(Repo.PROD_VALUES), Map.of()), Chart.template(List.of(Repo.DEV_VALUES), Map.of()))) {
            for (K8sObject o : m.all()) {
                for (Map<String, Object> c : Promises.allContainers(o)) {
                    K8sObject.env(c).values().forEach(e -> {
                        if ("dozo-app".equals(K8sObject.at(e, "valueFrom.secretKeyRef.name"))) {
                            read.add(String.valueOf(K8sObject.at(e, "valueFrom.secretKeyRef.key")));
                        }
                    });
                }
            }
        }
        assertTrue(read.contains("storefront-secret"), "the storefront's signing key comes from dozo-app: " + read);
        String guide = Files.readString(Repo.ROOT.resolve("docs/kubernetes.md"));
        int start = guide.indexOf("create secret generic dozo-app");
        assertTrue(start >= 0, "docs/kubernetes.md creates the dozo-app Secret");
        String command = guide.substring(start, guide.indexOf("\n\n", start));
        Set<String> created = new TreeSet<>();
        Matcher literal = Pattern.compile("--from-literal=([a-z0-9-]+)=").matcher(command);
        while (literal.find()) {
            created.add(literal.group(1));
        }
        assertTrue(created.containsAll(read), "docs/kubernetes.md creates dozo-app with " + created + " but the chart reads " + read);
    }
}
