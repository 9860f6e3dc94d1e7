package shop.dozo.testsupport.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Valid-looking values for an OpenAPI schema, so that the one hostile value in a request is the reason it fails
 * and reaches as deep as the service lets it. A schema's example, enum or default wins; a pattern picks the first
 * candidate that matches it (a hand-written list: no regex-to-string generator is on the build's classpath, and
 * the ids here come in few shapes).
 */
final class Baselines {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private final JsonNode document;

    Baselines(JsonNode document) {
        this.document = document;
    }

    /** The schema a {@code $ref} names, or the schema itself. */
    JsonNode resolve(JsonNode schema) {
        Set<String> seen = new HashSet<>();
        while (schema.has("$ref") && seen.add(schema.path("$ref").asText())) {
            JsonNode target = document;
            for (String part : schema.path("$ref").asText().replaceFirst("^#/", "").split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            schema = target;
        }
        if (schema.has("allOf") && schema.path("allOf").size() == 1) {
            return resolve(schema.path("allOf").get(0));
        }
        return schema;
    }

    /** A valid-ish text for a path or query parameter. */
    String text(JsonNode schema) {
        JsonNode value = value(schema, 0);
        return value == null || value.isNull() ? "1" : value.isTextual() ? value.asText() : value.toString();
    }

    JsonNode value(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum") && schema.path("enum").size() > 0) {
            return schema.path("enum").get(0);
        }
        if (schema.has("default")) {
            return schema.get("default");
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return value(schema.has("oneOf") ? schema.path("oneOf").get(0) : schema.path("anyOf").get(0), depth);
        }
        String type =
                schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        if (type.isEmpty() && schema.has("properties")) {
            type = "object";
        }
        switch (type) {
            case "object" :
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    schema.path("properties").fields().forEachRemaining(property -> {
                        JsonNode value = value(property.getValue(), depth + 1);
                        if (value != null) {
                            object.set(property.getKey(), value);
                        }
                    });
                }
                return object;
            case "array" :
                ArrayNode array = NODES.arrayNode();
                if (depth < 6 && schema.has("items")) {
                    JsonNode item = value(schema.path("items"), depth + 1);
                    if (item != null) {
                        array.add(item);
                    }
                }
                return array;
            case "integer" :
                return NODES.numberNode(number(schema).longValue());
            case "number" :
                return NODES.numberNode(number(schema));
            case "boolean" :
                return NODES.booleanNode(false);
            case "string" :
                return NODES.textNode(string(schema));
            default :
                return null;
        }
    }

    private static java.math.BigDecimal number(JsonNode schema) {
        java.math.BigDecimal value = java.math.BigDecimal.ONE;
        if (schema.has("minimum") && schema.path("minimum").decimalValue().compareTo(value) > 0) {
            value = schema.path("minimum").decimalValue();
        }
        if (schema.has("maximum") && schema.path("maximum").decimalValue().compareTo(value) < 0) {
            value = schema.path("maximum").decimalValue();
        }
        return value;
    }

    private static String string(JsonNode schema) {
        int unique = UNIQUE.incrementAndGet();
        String format = schema.path("format").asText("");
        switch (format) {
            case "date" :
                return "2026-01-15";
            case "date-time" :
                return "2026-01-15T10:00:00Z";
            case "uuid" :
                return java.util.UUID.randomUUID().toString();
            case "email" :
                return "hostile-" + unique + "@example.jp";
            case "uri", "url" :
                return "https://example.jp/x";
            case "binary", "byte" :
                return "aGVsbG8=";
            default :
                break;
        }
        String pattern = schema.path("pattern").asText("");
        int min = schema.path("minLength").asInt(1);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        if (!pattern.isEmpty()) {
            Pattern compiled = Pattern.compile(pattern);
            for (String candidate : candidates(unique)) {
                if (candidate.length() >= min && candidate.length() <= max && compiled.matcher(candidate).matches()) {
                    return candidate;
                }
            }
        }
        String text = "hostile" + unique;
        while (text.length() < min) {
            text += "x";
        }
        return text.substring(0, Math.min(text.length(), Math.max(max, 1)));
    }

    /** The shapes of ids and codes Dozo's APIs use, most specific first. */
    private static List<String> candidates(int unique) {
        return List.of(
                "HOSTILE-" + unique, "hostile-" + unique, "HOSTILE" + unique, "hostile" + unique,
                "hostile-" + unique + "@example.jp", "a".repeat(64), "0123456789abcdef".repeat(2),
                java.util.UUID.randomUUID().toString(), "2026-01-15", "2026-01-15T10:00:00Z", String.valueOf(unique),
                "1", "a", "A", "x1", "hostile:" + unique, "https://example.jp/x", "image/png", "ja", "13");
    }
}
