package shop.dozo.deploytests;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** The real Helm (helm-java's native library) run on helm/dozo. */
public final class Chart {
    public static final String RELEASE = "dozo";
    public static final String NAMESPACE = "dozo";

    private Chart() {
    }

    /** helm template with these values files (in order) and --set overrides. */
    public static Manifests template(List<Path> valuesFiles, Map<String, String> sets) {
        return Manifests.parse(templateText(valuesFiles, sets));
    }

    public static String templateText(List<Path> valuesFiles, Map<String, String> sets) {
        TemplateCommand command = new Helm(Repo.CHART).template().withName(RELEASE).withNamespace(NAMESPACE);
        for (Path file : valuesFiles) {
            command = command.withValuesFile(file);
        }
        for (Map.Entry<String, String> set : sets.entrySet()) {
            command = command.set(set.getKey(), set.getValue());
        }
        return command.call();
    }

    /** The message helm template fails with; an AssertionError if it renders. */
    public static String templateError(List<Path> valuesFiles, Map<String, String> sets) {
        try {
            templateText(valuesFiles, sets);
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
        throw new AssertionError(
                "helm template accepted values it must refuse: files " + valuesFiles + ", --set " + sets);
    }

    /** helm install --dry-run (client only): the release notes ops read after installing. */
    public static String installOutput(List<Path> valuesFiles) {
        var install = new Helm(Repo.CHART).install().withName(RELEASE).withNamespace(NAMESPACE).dryRun().clientOnly();
        for (Path file : valuesFiles) {
            install = install.withValuesFile(file);
        }
        return install.call().getOutput();
    }

    /**
     * helm lint --strict. helm-java's lint takes no values file, so for an overlay the chart is copied and its
     * values.yaml replaced by the chart's defaults deep-merged with the overlay (what `-f overlay` would give).
     */
    public static LintResult lintStrict(Path overlayOrNull) {
        if (overlayOrNull == null) {
            return new Helm(Repo.CHART).lint().strict().call();
        }
        Path copy = copyChart();
        try {
            Yaml yaml = new Yaml();
            Map<String, Object> defaults = yaml.load(Files.readString(Repo.CHART.resolve("values.yaml")));
            Map<String, Object> overlay = yaml.load(Files.readString(overlayOrNull));
            deepMerge(defaults, overlay);
            Files.writeString(copy.resolve("values.yaml"), Manifests.prettyYaml().dump(defaults));
            return new Helm(copy).lint().strict().call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static void deepMerge(Map<String, Object> base, Map<String, Object> overlay) {
        for (Map.Entry<String, Object> e : overlay.entrySet()) {
            Object current = base.get(e.getKey());
            if (current instanceof Map && e.getValue() instanceof Map) {
                Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) current);
                deepMerge(merged, (Map<String, Object>) e.getValue());
                base.put(e.getKey(), merged);
            } else {
                base.put(e.getKey(), e.getValue());
            }
        }
    }

    private static Path copyChart() {
        try {
            Path target = Files.createTempDirectory("dozo-chart-").resolve("dozo");
            try (Stream<Path> files = Files.walk(Repo.CHART)) {
                for (Path source : files.toList()) {
                    Path dest = target.resolve(Repo.CHART.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(source, dest);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
