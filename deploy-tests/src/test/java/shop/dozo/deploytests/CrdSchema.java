package shop.dozo.deploytests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * Validates rendered custom resources against the openAPIV3Schema of vendored CustomResourceDefinitions
 * (src/test/resources/crds), the way the API server would with field validation Strict: wrong types, values out
 * of range, missing required fields and unknown fields are errors. Unknown fields matter most: the API server
 * silently prunes them, so a misspelt `gatway.instances` would leave Rook's default in force. CEL rules
 * (x-kubernetes-validations) are not evaluated; {@link #celRules} lists them so a test can say which apply.
 */
public final class CrdSchema {
    /** apiVersion + "/" + kind -> the version's openAPIV3Schema. */
    private final Map<String, Map<String, Object>> schemas = new LinkedHashMap<>();

    private CrdSchema() {
    }

    /** The CRDs of one vendored file on the test classpath. */
    public static CrdSchema load(String resource) {
        CrdSchema crds = new CrdSchema();
        try (InputStream in = CrdSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no vendored CRDs at " + resource);
            }
            for (Object document : new Yaml().loadAll(in)) {
                if (document == null) {
                    continue;
                }
                K8sObject crd = new K8sObject(K8sObject.asMap(document));
                for (Object v : crd.list("spec.versions")) {
                    String apiVersion = crd.string("spec.group") + "/" + K8sObject.at(v, "name");
                    crds.schemas.put(apiVersion + "/" + crd.string("spec.names.kind"),
                            K8sObject.asMap(K8sObject.at(v, "schema.openAPIV3Schema")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return crds;
    }

    public boolean knows(K8sObject o) {
        return schemas.containsKey(o.string("apiVersion") + "/" + o.kind());
    }

    /** Every violation, as "path: what is wrong"; empty when the object is valid. */
    public List<String> validate(K8sObject o) {
        Map<String, Object> schema = schemas.get(o.string("apiVersion") + "/" + o.kind());
        if (schema == null) {
            return List.of(
                    o.id() + ": no CRD for " + o.string("apiVersion") + " " + o.kind() + " among " + schemas.keySet());
        }
        List<String> errors = new ArrayList<>();
        // apiVersion, kind and metadata are the API server's (ObjectMeta), not the CRD's to describe.
        Map<String, Object> body = new LinkedHashMap<>(o.raw());
        body.keySet().removeAll(List.of("apiVersion", "kind", "metadata"));
        Map<String, Object> rootSchema = new LinkedHashMap<>(schema);
        Map<String, Object> properties =
                new LinkedHashMap<>(K8sObject.asMap(schema.getOrDefault("properties", Map.of())));
        properties.keySet().removeAll(List.of("apiVersion", "kind", "metadata"));
        rootSchema.put("properties", properties);
        rootSchema.put("required", list(schema.get("required")).stream()
                .filter(r -> !List.of("apiVersion", "kind", "metadata").contains(r)).toList());
        check(body, rootSchema, o.id(), errors);
        return errors;
    }

    /** The CEL rules the schema declares along the object's fields (path: rule), which this class does not run. */
    public List<String> celRules(K8sObject o) {
        List<String> rules = new ArrayList<>();
        collectRules(o.raw(), schemas.get(o.string("apiVersion") + "/" + o.kind()), o.id(), rules);
        return rules;
    }

    private static void collectRules(Object value, Map<String, Object> schema, String path, List<String> rules) {
        if (schema == null || value == null) {
            return;
        }
        for (Object rule : list(schema.get("x-kubernetes-validations"))) {
            rules.add(path + ": " + K8sObject.at(rule, "rule"));
        }
        if (value instanceof Map<?, ?> map && schema.get("properties") instanceof Map<?, ?> props) {
            map.forEach((k, v) -> collectRules(v, K8sObject.asMap(props.get(k)), path + "." + k, rules));
        } else if (value instanceof List<?> items && schema.get("items") != null) {
            for (int i = 0; i < items.size(); i++) {
                collectRules(items.get(i), K8sObject.asMap(schema.get("items")), path + "[" + i + "]", rules);
            }
        }
    }

    private static void check(Object value, Map<String, Object> schema, String path, List<String> errors) {
        if (value == null) {
            if (!Boolean.TRUE.equals(schema.get("nullable"))) {
                errors.add(path + ": null where the schema allows no null");
            }
            return;
        }
        if (!hasType(value, schema)) {
            errors.add(path + ": " + describe(value) + " where the schema wants " + expectedType(schema));
            return;
        }
        List<Object> allowed = list(schema.get("enum"));
        if (!allowed.isEmpty()
                && allowed.stream().noneMatch(a -> Objects.equals(String.valueOf(a), String.valueOf(value)))) {
            errors.add(path + ": " + value + " is not one of " + allowed);
        }
        if (value instanceof Number n) {
            if (schema.get("minimum") instanceof Number min && n.doubleValue() < min.doubleValue()) {
                errors.add(path + ": " + n + " is below the minimum " + min);
            }
            if (schema.get("maximum") instanceof Number max && n.doubleValue() > max.doubleValue()) {
                errors.add(path + ": " + n + " is above the maximum " + max);
            }
        }
        if (value instanceof String s) {
            if (schema.get("minLength") instanceof Number min && s.length() < min.intValue()) {
                errors.add(path + ": '" + s + "' is shorter than " + min);
            }
            if (schema.get("maxLength") instanceof Number max && s.length() > max.intValue()) {
                errors.add(path + ": '" + s + "' is longer than " + max);
            }
            if (schema.get("pattern") instanceof String p && !Pattern.compile(p).matcher(s).find()) {
                errors.add(path + ": '" + s + "' does not match " + p);
            }
        }
        List<Object> anyOf = list(schema.get("anyOf"));
        if (!anyOf.isEmpty() && anyOf.stream().noneMatch(alt -> {
            List<String> e = new ArrayList<>();
            check(value, merged(schema, K8sObject.asMap(alt)), path, e);
            return e.isEmpty();
        })) {
            errors.add(path + ": " + value + " matches none of " + anyOf);
        }
        if (value instanceof Map<?, ?> map) {
            checkObject(map, schema, path, errors);
        } else if (value instanceof List<?> items) {
            if (schema.get("minItems") instanceof Number min && items.size() < min.intValue()) {
                errors.add(path + ": fewer than " + min + " items");
            }
            if (schema.get("maxItems") instanceof Number max && items.size() > max.intValue()) {
                errors.add(path + ": more than " + max + " items");
            }
            Map<String, Object> itemSchema = K8sObject.asMap(schema.get("items"));
            for (int i = 0; itemSchema != null && i < items.size(); i++) {
                check(items.get(i), itemSchema, path + "[" + i + "]", errors);
            }
        }
    }

    private static void checkObject(Map<?, ?> map, Map<String, Object> schema, String path, List<String> errors) {
        Map<String, Object> properties = K8sObject.asMap(schema.get("properties"));
        Object additional = schema.get("additionalProperties");
        boolean preserve = Boolean.TRUE.equals(schema.get("x-kubernetes-preserve-unknown-fields"))
                || Boolean.TRUE.equals(schema.get("x-kubernetes-embedded-resource"));
        for (Object required : list(schema.get("required"))) {
            if (!map.containsKey(required)) {
                errors.add(path + ": missing required field " + required);
            }
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            String child = path + "." + key;
            if (properties != null && properties.containsKey(key)) {
                check(e.getValue(), K8sObject.asMap(properties.get(key)), child, errors);
            } else if (additional instanceof Map<?, ?> valueSchema) {
                check(e.getValue(), K8sObject.asMap(valueSchema), child, errors);
            } else if (!preserve && !Boolean.TRUE.equals(additional)) {
                errors.add(child + ": unknown field (the API server would drop it)");
            }
        }
    }

    private static boolean hasType(Object value, Map<String, Object> schema) {
        if (Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string"))) {
            return value instanceof String || isInteger(value);
        }
        Object type = schema.get("type");
        if (type == null) {
            return true;
        }
        return switch (String.valueOf(type)) {
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            case "string" -> value instanceof String;
            case "integer" -> isInteger(value);
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            default -> false;
        };
    }

    private static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof BigInteger;
    }

    private static String expectedType(Map<String, Object> schema) {
        return Boolean.TRUE.equals(schema.get("x-kubernetes-int-or-string")) ? "int-or-string"
                : String.valueOf(schema.get("type"));
    }

    private static String describe(Object value) {
        return value.getClass().getSimpleName() + " " + value;
    }

    /** An anyOf alternative checked together with the enclosing schema's type information. */
    private static Map<String, Object> merged(Map<String, Object> outer, Map<String, Object> alternative) {
        Map<String, Object> m = new LinkedHashMap<>(outer);
        m.remove("anyOf");
        m.putAll(alternative);
        return m;
    }

    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? List.copyOf(l) : List.of();
    }
}
