package shop.dozo.deploytests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/** A set of rendered objects (the output of helm template or kubectl kustomize), parsed document by document. */
public final class Manifests {
    private final List<K8sObject> objects;

    private Manifests(List<K8sObject> objects) {
        this.objects = objects;
    }

    public static Manifests parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(50 * 1024 * 1024);
        List<K8sObject> objects = new ArrayList<>();
        for (Object document : new Yaml(options).loadAll(yaml)) {
            if (document == null) {
                continue;
            }
            Map<String, Object> map = K8sObject.asMap(document);
            if (map.get("kind") == null || map.get("apiVersion") == null
                    || K8sObject.at(map, "metadata.name") == null) {
                throw new AssertionError("Rendered document without apiVersion, kind or metadata.name: " + map);
            }
            objects.add(new K8sObject(map));
        }
        return new Manifests(objects);
    }

    public static Manifests of(Collection<K8sObject> objects) {
        return new Manifests(List.copyOf(objects));
    }

    public List<K8sObject> all() {
        return objects;
    }

    public List<K8sObject> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.kind())).toList();
    }

    public List<K8sObject> where(Predicate<K8sObject> predicate) {
        return objects.stream().filter(predicate).toList();
    }

    public K8sObject one(String kind, String name) {
        return objects.stream()
                .filter(o -> kind.equals(o.kind()) && name.equals(o.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + "/" + name + " in " + ids()));
    }

    public K8sObject oneOfKind(String kind) {
        List<K8sObject> found = ofKind(kind);
        if (found.size() != 1) {
            throw new AssertionError("Expected exactly one " + kind + " but found " + found.size() + ": " + ids());
        }
        return found.get(0);
    }

    /** The object of this kind whose app.kubernetes.io/component label is the given one. */
    public K8sObject byComponent(String kind, String component) {
        List<K8sObject> found = objects.stream()
                .filter(o -> kind.equals(o.kind()) && component.equals(o.component()))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError(
                    "Expected one " + kind + " of component " + component + " but found " + found.size());
        }
        return found.get(0);
    }

    public List<String> ids() {
        return objects.stream().map(K8sObject::id).toList();
    }

    public Map<String, Long> countByKind() {
        return objects.stream().collect(Collectors.groupingBy(K8sObject::kind, Collectors.counting()));
    }

    /** True when every key/value of the selector is among the labels. */
    public static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        return selector != null && !selector.isEmpty()
                && selector.entrySet().stream().allMatch(e -> Objects.equals(String.valueOf(e.getValue()),
                        labels.get(e.getKey()) == null ? null : String.valueOf(labels.get(e.getKey()))));
    }

    /** YAML as kubectl and humans write it: block style, indented lists, literal blocks for multi-line text. */
    public static Yaml prettyYaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(120);
        options.setSplitLines(false);
        Representer representer = new Representer(options) {
            {
                this.representers.put(String.class, data -> {
                    String text = (String) data;
                    if (text.contains("\n")) {
                        // Trailing spaces would force a quoted scalar; they carry no meaning in these files.
                        String cleaned = text.lines().map(String::stripTrailing).collect(Collectors.joining("\n"))
                                + (text.endsWith("\n") ? "\n" : "");
                        return representScalar(Tag.STR, cleaned, DumperOptions.ScalarStyle.LITERAL);
                    }
                    return representScalar(Tag.STR, text);
                });
            }

            @Override
            protected Node representScalar(Tag tag, String value, DumperOptions.ScalarStyle style) {
                return super.representScalar(tag, value, style);
            }
        };
        return new Yaml(representer, options);
    }
}
