package shop.dozo.testsupport.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shop.dozo.testsupport.AwkwardText;

/** The values an attacker puts where a service expects one: each with a short name for the failure list. */
final class HostileValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HostileValues() {
    }

    /**
     * Text for a path or query parameter, sent percent-encoded as UTF-8. Kept under the HTTP layer's 4 KB request
     * line (a longer one is Vert.x's 414 before any application code, which is not what this suite tests).
     */
    static final Map<String, String> TEXT = ordered(
            "empty", "",
            "blank", " ",
            "zero", "0",
            "minus one", "-1",
            "2^31-1", "2147483647",
            "2^31", "2147483648",
            "2^63", "9223372036854775808",
            "1e309", "1e309",
            "fraction", "1.5",
            "JSON", "{\"a\":[1]}",
            "accented", "café",
            "kanji and kana", "布ナプキン",
            "emoji", "😀",
            "ZWJ emoji", "👩‍👩‍👧",
            "NUL", "a\u0000b",
            "CRLF", "a\r\nX-Injected: 1",
            "right-to-left override", "abc\u202Egnp",
            "lone surrogate", "a\uD83Db",
            "path traversal", "../../etc/passwd",
            "encoded slash", "a/b",
            "percent", "%00%2e%2e",
            "SQL", "' OR '1'='1' -- ",
            "markup", "<script>alert(1)</script>",
            "template", "{{7*7}}${7*7}{#if}",
            "long ASCII", "A".repeat(1500),
            "long emoji", "😀".repeat(200));

    /** Bytes that are no UTF-8, sent raw as percent escapes in a path or query. */
    static final Map<String, String> BROKEN_UTF8_ESCAPES = ordered(
            "byte FF", "%FF",
            "cut-off sequence", "%E3%81",
            "overlong NUL", "%C0%80",
            "encoded surrogate", "%ED%A0%80");

    /** The texts a body field gets (a smaller set than a parameter's: bodies have many fields). */
    private static final List<String> BODY_TEXTS = List.of("empty", "zero", "2^63", "1e309", "accented", "emoji",
            "NUL", "CRLF", "right-to-left override", "lone surrogate", "SQL", "markup", "template", "long ASCII");

    /** JSON values for a body field: hostile texts, and every other JSON type and numeric edge. */
    static Map<String, JsonNode> json() {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        BODY_TEXTS.forEach(name -> values.put("\"" + name + "\"", NODES.textNode(TEXT.get(name))));
        values.put("\"huge string\"", NODES.textNode("x".repeat(200_000)));
        values.put("null", NODES.nullNode());
        values.put("true", NODES.booleanNode(true));
        values.put("0", NODES.numberNode(0));
        values.put("-1", NODES.numberNode(-1));
        values.put("2^31", NODES.numberNode(2147483648L));
        values.put("2^63", NODES.numberNode(new java.math.BigInteger("9223372036854775808")));
        values.put("1e309", NODES.numberNode(new java.math.BigDecimal("1e309")));
        values.put("-0.5", NODES.numberNode(-0.5));
        values.put("[]", NODES.arrayNode());
        values.put("[[\"x\"]]", NODES.arrayNode().add(NODES.arrayNode().add("x")));
        values.put("{}", NODES.objectNode());
        return values;
    }

    /** The few values a field of a costly operation gets: a type mismatch, an edge, non-ASCII, NUL, long text. */
    static Map<String, JsonNode> sparingJson() {
        Map<String, JsonNode> all = json();
        Map<String, JsonNode> few = new LinkedHashMap<>();
        for (String name : List.of("\"emoji\"", "\"NUL\"", "\"long ASCII\"", "\"huge string\"", "null", "2^63", "{}")) {
            few.put(name, all.get(name));
        }
        return few;
    }

    /** Raw bytes spliced into a JSON string: {@code "\x"} replaced by each. */
    static final Map<String, byte[]> BROKEN_UTF8 = ordered(
            "byte FF", bytes(0xFF),
            "cut-off sequence", bytes(0xE3, 0x81),
            "overlong NUL", bytes(0xC0, 0x80),
            "escaped lone surrogate", "\\uD83D".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            "escaped NUL", "\\u0000".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    /** Whole bodies that are no JSON, or JSON of the wrong shape. */
    static final Map<String, String> BROKEN_JSON = ordered(
            "empty body", "",
            "cut off", "{\"a\":",
            "trailing comma", "{\"a\":1,}",
            "single quotes", "{'a':1}",
            "comment", "/* x */ {}",
            "two documents", "{} {}",
            "bare word", "undefined",
            "null", "null",
            "array", "[]",
            "string", "\"x\"",
            "number", "1e309",
            "NUL byte", "{\u0000}",
            "BOM", "\uFEFF{}",
            "deep nesting", "[".repeat(10_000) + "]".repeat(10_000),
            "deep objects", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));

    /** Content types a JSON body is sent with instead of application/json. */
    static final List<String> WRONG_CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data", "multipart/form-data; boundary=", "application/json; charset=ISO-8859-1",
            "application/json; charset=nonsense", "image/png", "*/*", "garbage");

    /** Bodies for operations that take raw bytes (uploads). */
    static final Map<String, byte[]> RAW_BODIES = ordered(
            "no bytes", new byte[0],
            "one byte", bytes(0),
            "text", "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "HTML", "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "truncated PNG", bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52),
            "truncated GIF", "GIF89a\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
            "truncated JPEG", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10),
            "NDJSON garbage", "{\"id\":1}\n{\n\u0000\n[]".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "broken UTF-8", bytes(0xFF, 0xFE, 0xC0, 0x80));

    /** Multipart bodies that break the format (boundary missing, cut off, parts without names). */
    static final Map<String, String> BROKEN_MULTIPART = ordered(
            "no closing boundary", "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx",
            "no part headers", "--B\r\n\r\nx\r\n--B--\r\n",
            "no name", "--B\r\nContent-Disposition: form-data\r\n\r\nx\r\n--B--\r\n",
            "other boundary", "--C\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--C--\r\n",
            "empty", "",
            "JSON instead", "{\"a\":1}");

    /** Authorization headers that must never pass as a staff token. */
    static final Map<String, String> BAD_AUTHORIZATION = ordered(
            "no token", null,
            "garbage bearer", "Bearer not.a.jwt",
            "empty bearer", "Bearer ",
            "alg none",
            "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJ1cG4iOiJ4IiwiZ3JvdXBzIjpbInN0YWZmIiwib3duZXIiXX0.",
            "basic", "Basic b3duZXI6b3duZXI=",
            "long bearer", "Bearer " + "A".repeat(3000));

    static List<String> names(Map<String, ?> values) {
        return new ArrayList<>(values.keySet());
    }

    private static byte[] bytes(int... values) {
        return AwkwardText.bytes(values);
    }

    private static <V> Map<String, V> ordered(Object... pairs) {
        return AwkwardText.ordered(pairs);
    }
}
