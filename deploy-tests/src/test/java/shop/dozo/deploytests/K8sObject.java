package shop.dozo.deploytests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One rendered Kubernetes object, read through dotted paths such as {@code spec.template.spec.containers[0]}. */
public record K8sObject(Map<String, Object> raw) {

    public String kind() {
        return string("kind");
    }

    public String name() {
        return string("metadata.name");
    }

    /** kind/name, e.g. Deployment/dozo-catalog. */
    public String id() {
        return kind() + "/" + name();
    }

    public Map<String, Object> labels() {
        Map<String, Object> labels = map("metadata.labels");
        return labels == null ? Map.of() : labels;
    }

    public String label(String key) {
        Object value = labels().get(key);
        return value == null ? null : value.toString();
    }

    public String component() {
        return label("app.kubernetes.io/component");
    }

    public Map<String, Object> annotations() {
        Map<String, Object> annotations = map("metadata.annotations");
        return annotations == null ? Map.of() : annotations;
    }

    public Object at(String path) {
        return at(raw, path);
    }

    public String string(String path) {
        Object value = at(path);
        return value == null ? null : value.toString();
    }

    public Map<String, Object> map(String path) {
        return asMap(at(path));
    }

    public List<Object> list(String path) {
        Object value = at(path);
        return value == null ? List.of() : asList(value);
    }

    /** The pod template of a Deployment, StatefulSet, Job or CronJob; null for other kinds. */
    public Map<String, Object> podSpec() {
        return switch (kind()) {
            case "Deployment", "StatefulSet", "Job" -> map("spec.template.spec");
            case "CronJob" -> map("spec.jobTemplate.spec.template.spec");
            default -> null;
        };
    }

    public Map<String, Object> podLabels() {
        String path = switch (kind()) {
            case "CronJob" -> "spec.jobTemplate.spec.template.metadata.labels";
            default -> "spec.template.metadata.labels";
        };
        Map<String, Object> labels = map(path);
        return labels == null ? Map.of() : labels;
    }

    /** Every container of the pod template, init containers included. */
    public List<Map<String, Object>> containers(boolean includeInit) {
        Map<String, Object> spec = podSpec();
        List<Map<String, Object>> containers = new ArrayList<>();
        if (spec == null) {
            return containers;
        }
        for (Object c : asList(spec.getOrDefault("containers", List.of()))) {
            containers.add(asMap(c));
        }
        if (includeInit) {
            for (Object c : asList(spec.getOrDefault("initContainers", List.of()))) {
                containers.add(asMap(c));
            }
        }
        return containers;
    }

    /** Reads a dotted path with optional [index] segments; null when any step is missing. */
    public static Object at(Object node, String path) {
        Object current = node;
        for (String segment : path.split("\\.(?![^\\[]*\\])")) {
            if (current == null) {
                return null;
            }
            String key = segment;
            Integer index = null;
            int bracket = segment.indexOf('[');
            if (bracket >= 0 && segment.endsWith("]")) {
                key = segment.substring(0, bracket);
                index = Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
            }
            if (!key.isEmpty()) {
                if (!(current instanceof Map<?, ?> m)) {
                    return null;
                }
                current = m.get(key);
            }
            if (index != null) {
                if (!(current instanceof List<?> l) || index >= l.size()) {
                    return null;
                }
                current = l.get(index);
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> asMap(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map)) {
            throw new AssertionError("Expected a map but got " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> asList(Object value) {
        if (!(value instanceof List)) {
            throw new AssertionError("Expected a list but got " + value);
        }
        return (List<Object>) value;
    }

    /** Environment of a container as name -> entry (value or valueFrom). */
    public static Map<String, Map<String, Object>> env(Map<String, Object> container) {
        Map<String, Map<String, Object>> env = new LinkedHashMap<>();
        Object list = container.get("env");
        if (list != null) {
            for (Object entry : asList(list)) {
                Map<String, Object> e = asMap(entry);
                env.put((String) e.get("name"), e);
            }
        }
        return env;
    }
}
