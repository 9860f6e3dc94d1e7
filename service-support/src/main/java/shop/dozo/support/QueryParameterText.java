package shop.dozo.support;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query parameters follow {@link InputText} too, read from the raw query: the framework's decoding would turn
 * invalid UTF-8 into U+FFFD without a word. Bidi controls are a matter of the field, so the resources that store a
 * single-line parameter check it themselves ({@code InputText.check(name, value, false)}).
 */
public class QueryParameterText {

    @ServerRequestFilter
    public void checkQuery(ContainerRequestContext request) {
        checkRawQuery(request.getUriInfo().getRequestUri().getRawQuery());
    }

    static void checkRawQuery(String query) {
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name =
                    new String(percentDecoded(equals < 0 ? pair : pair.substring(0, equals)), StandardCharsets.UTF_8);
            byte[] value = percentDecoded(equals < 0 ? "" : pair.substring(equals + 1));
            if (InputText.firstInvalidUtf8(value) >= 0) {
                throw InputText.refused(name, "is not valid UTF-8");
            }
            InputText.check(name, new String(value, StandardCharsets.UTF_8), true);
        }
    }

    /** Form-style decoding ('+' is a space); a '%' without two hex digits stays as it is. */
    private static byte[] percentDecoded(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                int codePoint = raw.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        return bytes.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
