package shop.dozo.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JSON bodies must be strict UTF-8. Jackson alone lets some broken forms through (an overlong "A" becomes "A"),
 * so the bytes are checked first; a bad byte is reported on the field it sits in, found by reading the JSON up to it.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER) // the request bodies a service receives, not the answers its REST clients read
public class Utf8JsonBodies implements ReaderInterceptor {
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        int bad = InputText.firstInvalidUtf8(body);
        if (bad >= 0) {
            throw InputText.refused(fieldAt(body, bad), "is not valid UTF-8");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    /** The JSON path of the value that holds byte {@code offset}, e.g. {@code lines[0].name}; "body" at the top. */
    static String fieldAt(byte[] body, int offset) {
        JsonStreamContext where;
        try (JsonParser parser = JSON.createParser(body, 0, offset)) {
            try {
                while (parser.nextToken() != null) {
                    // read on to where the good bytes end
                }
            } catch (IOException expected) {
                // The input stops in the middle of the value that holds the bad byte.
            }
            where = parser.getParsingContext();
        } catch (IOException e) {
            return "body";
        }
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = where; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push("." + c.getCurrentName());
            }
        }
        String path = String.join("", parts).replaceFirst("^\\.", "");
        return path.isEmpty() ? "body" : path;
    }
}
