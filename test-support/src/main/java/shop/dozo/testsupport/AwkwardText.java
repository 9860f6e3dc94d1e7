package shop.dozo.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The input classes of the text rule (service-support's InputText), one sample each, for tests at every API edge.
 * Accepted samples must come back byte for byte; refused ones must be a 400 naming the field, with nothing stored.
 */
public final class AwkwardText {
    private AwkwardText() {
    }

    /** Accepted in every text field, single-line ones included; no line breaks or tabs, which some fields refuse. */
    public static final Map<String, String> ONE_LINE = ordered(
            "4-byte emoji and ZWJ sequences",
            "お茶\uD83C\uDF75 家族\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 旗\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08 \uD83D\uDC4D\uD83C\uDFFD",
            "quotes and backslashes", "\"二重\" '一重' \\back\\slash\\ `tick` C:\\\\dozo\\n",
            "full-width and half-width kana", "ＡＢＣ１２３　ゼンカク ﾊﾝｶｸｶﾅ ｶﾞｷﾞ",
            "combining marks", "e\u0301 か\u3099 a\u0308\u0323 Z\u0335\u0336",
            "line and paragraph separators", "一行\u2028二行\u2029三段",
            "zero-width characters", "ゼロ\u200B幅\u200D結合\u2060語\uFEFF",
            "right-to-left scripts without overrides", "שלום עליכם مرحبا بكم \u200Fעברית\u200E",
            "markup and SQL-looking text", "<b>太字</b> &amp; '; DROP TABLE x; -- %s {0} ${x}",
            "soft hyphen and no-break space", "soft\u00ADhyphen no\u00A0break");

    /** Accepted in multi-line text: line breaks as typed (CRLF, LF, lone CR) and tabs. */
    public static final Map<String, String> MULTI_LINE = ordered(
            "CRLF, LF, CR and tabs", "一行目\r\n二行目\n三行目\r四行目\t列\t列\r\n\r\n段落",
            "Markdown",
            "# 見出し\r\n\r\n- **太字** _斜体_ `code`\n- [リンク](https://example.jp/?a=1&b=2)\n\n> 引用\\\n```\nx\n```",
            "bidi controls", "אבג \u202Bembedded\u202C \u2067isolated\u2069 \u202Eoverride\u202C");

    /** Refused in every field. */
    public static final Map<String, String> REFUSED = ordered(
            "NUL", "店名\u0000です",
            "BEL", "ベル\u0007",
            "ESC", "esc\u001B[31mred",
            "vertical tab and form feed", "縦\u000Bタブ\u000C",
            "DEL", "削除\u007F",
            "lone high surrogate", "半分\uD83Dだけ",
            "lone low surrogate", "半分\uDE00だけ",
            "surrogates in the wrong order", "逆\uDE00\uD83D順");

    /** Refused in single-line fields (names, titles, SKUs...), accepted in multi-line ones. */
    public static final Map<String, String> REFUSED_IN_ONE_LINE = ordered(
            "right-to-left override", "admin\u202Egnp.exe",
            "left-to-right embedding", "a\u202Ab\u202C",
            "first strong isolate", "a\u2068b\u2069");

    /** JSON bodies whose bytes are not UTF-8: {@code %s} in a JSON template is replaced by one of these. */
    public static final Map<String, byte[]> INVALID_UTF8 = ordered(
            "a byte that never starts a character", bytes(0xFF),
            "a lone continuation byte", bytes(0x80),
            "a cut-off sequence", bytes(0xE3, 0x81),
            "an overlong form of 'A'", bytes(0xC1, 0x81),
            "an overlong NUL", bytes(0xC0, 0x80),
            "an encoded surrogate", bytes(0xED, 0xA0, 0x80),
            "beyond U+10FFFF", bytes(0xF4, 0x90, 0x80, 0x80));

    /**
     * A JSON body with every non-ASCII character written as a {@code \\uXXXX} escape, one per UTF-16 unit. That
     * is how a lone surrogate reaches a service (a JSON library will not encode one as UTF-8), and it shows that
     * escapes go through the same rule as raw characters.
     */
    public static String escapedJson(Object body) {
        try {
            return ESCAPING.writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper ESCAPING =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

    /** The template's single {@code %s} replaced by the raw bytes, the rest UTF-8. */
    public static byte[] withRawBytes(String template, byte[] raw) {
        int at = template.indexOf("%s");
        byte[] head = template.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = template.substring(at + 2).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + raw.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(raw, 0, body, head.length, raw.length);
        System.arraycopy(tail, 0, body, head.length + raw.length, tail.length);
        return body;
    }

    /** The bytes of {@code values}, each cut to a byte: broken UTF-8 is easiest to write this way. */
    public static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /** An unmodifiable map in the order of its (name, value) pairs. */
    @SuppressWarnings("unchecked")
    public static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
