package shop.dozo.deploytests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the chart, the values files and the kustomize tree are. */
public final class Repo {
    public static final Path ROOT = Path.of(System.getProperty("dozo.repo.dir", "..")).toAbsolutePath().normalize();
    public static final Path CHART = ROOT.resolve("helm/dozo");
    public static final Path DEV_VALUES = ROOT.resolve("helm/values/dev.yaml");
    public static final Path PROD_VALUES = ROOT.resolve("helm/values/prod.yaml");
    public static final Path K8S = ROOT.resolve("k8s");

    static {
        if (!Files.isRegularFile(CHART.resolve("Chart.yaml"))) {
            throw new IllegalStateException("No chart at " + CHART + " (set -Ddozo.repo.dir to the repository root)");
        }
    }

    private Repo() {
    }
}
