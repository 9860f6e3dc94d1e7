package shop.dozo.support;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import shop.dozo.api.Problem;
import shop.dozo.api.ProblemTypes;

/**
 * The one rule for text that reaches a service, whichever way it comes (JSON body, query parameter, upload field).
 * Refused, because no shop text needs them and they break tools downstream (the mariadb client stops at a NUL
 * during a restore): C0 control characters except tab, CR and LF, and DEL; lone surrogates; invalid UTF-8; and,
 * in single-line fields, the bidi embeddings, overrides and isolates that make a name display as something else.
 * Everything else is kept exactly as sent: emoji, ZWJ sequences, combining marks, kana, U+2028, ZWSP, RTL text.
 */
public final class InputText {
    private InputText() {
    }

    /** Why this text is refused, or empty when it is fine. {@code null} is fine: required-ness is someone else's. */
    public static Optional<String> refusal(String text, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return Optional.of("contains the control character " + hex(c));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a valid pair: an emoji or another character beyond the BMP
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains the unpaired surrogate " + hex(c) + ", which is not a character");
            } else if (!multiLine && isBidiControl(c)) {
                return Optional
                        .of("contains the bidi control character " + hex(c) + ", not allowed in a single-line field");
            }
        }
        return Optional.empty();
    }

    /** Refuses the text with a 400 problem naming {@code field}. */
    public static void check(String field, String text, boolean multiLine) {
        Optional<String> refusal = refusal(text, multiLine);
        if (refusal.isPresent()) {
            throw refused(field, refusal.get());
        }
    }

    /** The offset of the first byte that is not strict UTF-8 (overlong forms and encoded surrogates included), or -1. */
    public static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length), true);
        return result.isError() ? in.position() : -1;
    }

    /** The 400 answer for refused text: its own problem type (so a client can say so in its language), and the field. */
    public static ProblemException refused(String field, String reason) {
        return new ProblemException(
                new Problem(ProblemTypes.INVALID_TEXT, "Text not allowed", 400, field + ": " + reason, null,
                        List.of(new Problem.FieldError(field, reason)), null));
    }

    public static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String hex(char c) {
        return String.format("U+%04X", (int) c);
    }
}
