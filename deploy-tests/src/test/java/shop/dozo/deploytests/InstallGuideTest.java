package shop.dozo.deploytests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the install guide (docs/kubernetes.md), the README and Chart.yaml tell the operator matches the chart. */
class InstallGuideTest {

    /**
     * The first mariadb-operator release that accepts each PhysicalBackup field the chart may render, read from the
     * operator's source (github.com/mariadb-operator/mariadb-operator, api/v1alpha1/physicalbackup_types.go):
     * spec.target came with commit 98f3c314 "Support for target in PhysicalBackup", first tagged 25.10.3 (absent
     * from v25.08.0 through v25.10.2, so the API server refuses the object there); spec.podMetadata is in v25.08.0
     * already.
     */
    static final Map<String, String> PHYSICAL_BACKUP_FIELD_SINCE = Map.of(
            "target", "25.10.3",
            "podMetadata", "25.08.0");

    /** Operator minimums as written in prose: "25.10.3 or later", "(25.10.3+)". Kubernetes and MariaDB versions start otherwise. */
    static final Pattern OPERATOR_MINIMUM = Pattern.compile("\\b(2[5-9]\\.\\d{1,2}(?:\\.\\d+)?)(?:\\+| or later)");

    @Test
    void theDocumentedOperatorVersionAcceptsEveryPhysicalBackupField() throws IOException {
        String required = "0";
        List<String> used = new ArrayList<>();
        for (Manifests m : List.of(Chart.template(List.of(Repo.PROD_VALUES), Map.of()),
                Chart.template(List.of(Repo.DEV_VALUES), Map.of()))) {
            Map<String, Object> spec = m.oneOfKind("PhysicalBackup").map("spec");
            for (Map.Entry<String, String> field : PHYSICAL_BACKUP_FIELD_SINCE.entrySet()) {
                if (spec.containsKey(field.getKey())) {
                    used.add(field.getKey());
                    if (compare(field.getValue(), required) > 0) {
                        required = field.getValue();
                    }
                }
            }
        }
        assertFalse(used.isEmpty(), "the chart renders none of the PhysicalBackup fields this test knows");
        for (Path file : List.of(Repo.ROOT.resolve("README.md"), Repo.ROOT.resolve("docs/kubernetes.md"),
                Repo.CHART.resolve("Chart.yaml"))) {
            String text = Files.readString(file);
            Matcher matcher = OPERATOR_MINIMUM.matcher(text);
            List<String> stated = new ArrayList<>();
            while (matcher.find()) {
                stated.add(matcher.group(1));
            }
            assertFalse(stated.isEmpty(), file + " states no mariadb-operator minimum version");
            for (String version : stated) {
                assertTrue(compare(version, required) >= 0,
                        file + " says mariadb-operator " + version + " or later, but the chart's"
                                + " PhysicalBackup uses " + used + " and needs " + required);
            }
        }
    }

    @Test
    void theGuideCreatesEveryAppSecretKeyTheChartReads() throws IOException {
        Set<String> read = new TreeSet<>();
        for (Manifests m : List.of(Chart.template(List.of(Repo.PROD_VALUES), Map.of()),
                Chart.template(List.of(Repo.DEV_VALUES), Map.of()))) {
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
        assertTrue(created.containsAll(read),
                "docs/kubernetes.md creates dozo-app with " + created + " but the chart reads " + read);
    }

    /** Compares dotted versions numerically: 25.08 < 25.10.3. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i]) : 0;
            int q = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }
}
