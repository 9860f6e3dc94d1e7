package shop.dozo.launcher.awkward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import shop.dozo.backing.ShopApi;
import shop.dozo.testsupport.AwkwardText;

/**
 * Request bodies made from a service's own OpenAPI document: every string property of a schema gets accepted but
 * awkward text (all the classes of {@link AwkwardText}, rotated so each field leads with another), so a field added
 * to an API is covered without new test code. Structured strings (slugs, SKUs, codes, enums, e-mails) follow their
 * schema pattern; a pattern this class does not know fails the test, asking to be taught. References between
 * entities (a product's category, an order's prefecture) come from the caller as overrides, keyed
 * {@code Schema.property}; an override of {@code null} leaves the property out.
 */
public final class AwkwardBodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ONE_LINE = List.copyOf(AwkwardText.ONE_LINE.values());
    private static final String MULTI_LINE = String.join("\n", AwkwardText.MULTI_LINE.values());
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    /** How awkward a text field may be; a field the service refuses multi-line text in falls back to one line. */
    private enum Text {
        MULTI_LINE, ONE_LINE
    }

    private final JsonNode schemas;
    /** Fields that refused multi-line text, learnt from the service's 400s, by "Schema.property". */
    private final Map<String, Text> learnt = new java.util.concurrent.ConcurrentHashMap<>();
    /** Lengths the service enforces below what the OpenAPI document says (or where it says nothing). */
    private final Map<String, Integer> shorter = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicInteger rotation = new AtomicInteger();

    private AwkwardBodies(JsonNode schemas) {
        this.schemas = schemas;
    }

    /** The schemas a running service documents at /q/openapi, on its management port. */
    public static AwkwardBodies of(String managementUrl) {
        ShopApi.Reply doc = new ShopApi(null).get(managementUrl + "/q/openapi?format=json");
        assertEquals(200, doc.status(), managementUrl);
        try {
            return new AwkwardBodies(JSON.readTree(doc.body()).path("components").path("schemas"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classes every generated text field carries, for the test report. */
    public static List<String> inputClasses() {
        List<String> classes = new ArrayList<>(AwkwardText.ONE_LINE.keySet());
        classes.addAll(AwkwardText.MULTI_LINE.keySet());
        return classes;
    }

    /**
     * Sends a body of {@code schema} with {@code send}, learning from a 400 that names fields (multi-line text in a
     * one-line field, a length below the documented one) and sending again. Every other answer is returned; the
     * strings the service echoes back must be the bytes sent.
     */
    public Sent send(String schema, Map<String, Object> overrides, Function<String, ShopApi.Reply> send) {
        ShopApi.Reply reply = null;
        for (int attempt = 0; attempt < 8; attempt++) {
            ObjectNode body = body(schema, overrides);
            reply = send.apply(body.toString());
            if (reply.status() == 400 && learnFrom(schema, reply)) {
                continue;
            }
            if (reply.ok()) {
                assertEchoed(schema, body, reply.body());
            }
            return new Sent(body, reply);
        }
        return fail(schema + ": still refused after learning from eight answers: " + reply.body());
    }

    public record Sent(ObjectNode body, ShopApi.Reply reply) {
        public JsonNode json() {
            try {
                return JSON.readTree(reply.body());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(reply.body(), e);
            }
        }
    }

    ObjectNode body(String schema, Map<String, Object> overrides) {
        JsonNode definition = schemas.path(schema);
        if (definition.isMissingNode()) {
            fail("the OpenAPI document has no schema " + schema);
        }
        ObjectNode body = JSON.createObjectNode();
        definition.path("properties").fields().forEachRemaining(property -> {
            String key = schema + "." + property.getKey();
            if (overrides.containsKey(key)) {
                Object value = overrides.get(key);
                if (value != null) {
                    body.set(property.getKey(), JSON.valueToTree(value));
                }
                return;
            }
            JsonNode value = value(key, property.getValue(), overrides);
            if (value != null) {
                body.set(property.getKey(), value);
            }
        });
        return body;
    }

    private JsonNode value(String key, JsonNode property, Map<String, Object> overrides) {
        String ref = property.path("$ref").asText("");
        if (ref.endsWith("/OffsetDateTime") || ref.endsWith("/Instant")) {
            return null; // times are the caller's to choose, or the service's default
        }
        if (!ref.isEmpty()) {
            return body(ref.substring(ref.lastIndexOf('/') + 1), overrides);
        }
        switch (property.path("type").asText()) {
            case "string" :
                return JSON.getNodeFactory().textNode(string(key, property));
            case "boolean" :
                return JSON.getNodeFactory().booleanNode(true);
            case "integer" :
                if (key.endsWith(".version") || key.endsWith(".revision")) {
                    return null; // optimistic-locking tokens: a create sends none
                }
                long min = property.path("minimum").asLong(1);
                return JSON.getNodeFactory().numberNode(Math.max(min, 1));
            case "array" :
                ArrayNode items = JSON.createArrayNode();
                JsonNode item = property.path("items");
                for (int i = 0; i < Math.min(2, property.path("maxItems").asInt(2)); i++) {
                    JsonNode value = value(key + "[]", item, overrides);
                    if (value != null && !(property.path("uniqueItems").asBoolean() && items.has(0))) {
                        items.add(value);
                    }
                }
                return items;
            default :
                return fail("the generator does not know the type of " + key + ": " + property);
        }
    }

    private String string(String key, JsonNode property) {
        String pattern = property.path("pattern").asText("");
        int unique = UNIQUE.incrementAndGet();
        String structured = switch (pattern) {
            case "", "\\S" -> null;
            case "[a-z0-9]+(-[a-z0-9]+)*" -> "awk-" + unique;
            case "[A-Z0-9]+(-[A-Z0-9]+)*" -> "AWK-" + unique;
            case "[A-Za-z0-9-]{2,40}" -> "AWK" + unique;
            case "[A-Za-z0-9._:-]{1,100}" -> "awk:" + unique;
            case "[^@\\s]+@[^@\\s]+\\.[^@\\s]+" -> "awk-" + unique + "@example.jp";
            case "\\s*(T\\d{13})?\\s*" -> String.format("T%013d", unique); // an invoice registration number
            case "\\s*[0-9A-Za-z][0-9A-Za-z-]{0,39}\\s*" -> "AWK-" + unique; // a tracking number
            default -> pattern.matches("[a-z_]+(\\|[a-z_]+)+") ? pattern.substring(0, pattern.indexOf('|')) : "?";
        };
        if ("?".equals(structured)) {
            return fail("the generator does not know the pattern of " + key + " (" + pattern + "): teach it");
        }
        if (structured != null) {
            return structured;
        }
        int limit = Math.min(shorter.getOrDefault(key, Integer.MAX_VALUE), property.path("maxLength").asInt(2000));
        // A number first, so no two texts are equal (a shop refuses the same review twice) even when cut short.
        return awkward(unique + " ", rotation.getAndIncrement(), learnt.getOrDefault(key, Text.MULTI_LINE), limit);
    }

    /** All the accepted classes, starting at a different one for each field, cut to {@code limit} characters. */
    static String awkward(String prefix, int start, Text text, int limit) {
        StringBuilder joined = new StringBuilder(prefix);
        for (int i = 0; i < ONE_LINE.size(); i++) {
            joined.append(ONE_LINE.get((start + i) % ONE_LINE.size())).append(' ');
        }
        if (text == Text.MULTI_LINE) {
            joined.append('\n').append(MULTI_LINE);
        }
        String value = joined.toString().strip();
        // Cut in UTF-16 units, which is what the services' @Size counts (OpenAPI's maxLength means code points,
        // so an emoji-heavy text at the documented limit is refused; noted on issue 14), never inside a pair.
        int cut = Math.min(limit, value.length());
        if (cut < value.length() && Character.isHighSurrogate(value.charAt(cut - 1))) {
            cut--;
        }
        return value.substring(0, cut).strip();
    }

    /** Notes what a 400 says about named fields; false if it names none this class can do better on. */
    private boolean learnFrom(String schema, ShopApi.Reply reply) {
        JsonNode errors;
        try {
            errors = JSON.readTree(reply.body()).path("errors");
        } catch (java.io.IOException e) {
            return false;
        }
        boolean learned = false;
        for (JsonNode error : errors) {
            String field = error.path("field").asText().replaceAll("\\[\\d+]", "");
            String name = field.substring(field.lastIndexOf('.') + 1);
            String key = schemaOwning(schema, name) + "." + name;
            if (learnt.putIfAbsent(key, Text.ONE_LINE) == null) {
                learned = true;
            } else {
                int now = shorter.getOrDefault(key, 256); // the one-line text is about 230 characters
                if (now > 8) {
                    shorter.put(key, now / 2);
                    learned = true;
                }
            }
        }
        return learned;
    }

    /** The schema (this one or one it refers to) that has the named property. */
    private String schemaOwning(String schema, String property) {
        if (schemas.path(schema).path("properties").has(property)) {
            return schema;
        }
        for (JsonNode value : schemas.path(schema).path("properties")) {
            String ref = value.path("items").path("$ref").asText(value.path("$ref").asText(""));
            if (!ref.isEmpty()) {
                String inner = ref.substring(ref.lastIndexOf('/') + 1);
                if (schemas.path(inner).path("properties").has(property)) {
                    return inner;
                }
            }
        }
        return schema;
    }

    /**
     * Every string the service returns under the name it was sent under is the very text sent. The echo is looked
     * for at the top level, or in an object named after the schema when the answer has one (a Reply comes back as
     * the review, with the reply's body under {@code reply.body} and the review's own under {@code body}).
     */
    private static void assertEchoed(String schema, ObjectNode sent, String answer) {
        JsonNode got;
        try {
            got = JSON.readTree(answer);
        } catch (java.io.IOException e) {
            return;
        }
        JsonNode named = got.path(Character.toLowerCase(schema.charAt(0)) + schema.substring(1));
        if (named.isObject()) {
            got = named;
        }
        JsonNode root = got;
        Map<String, String> differences = new HashMap<>();
        sent.fields().forEachRemaining(field -> {
            JsonNode echoed = root.path(field.getKey());
            if (field.getValue().isTextual() && echoed.isTextual()
                    && !echoed.asText().equals(field.getValue().asText())) {
                differences.put(field.getKey(), field.getValue().asText() + " came back as " + echoed.asText());
            }
        });
        assertEquals(Map.of(), differences, schema + ": stored text must come back byte for byte");
    }

    /** Now, for times the caller sets. */
    public static String at(java.time.Duration fromNow) {
        return Instant.now().plus(fromNow).toString();
    }
}
