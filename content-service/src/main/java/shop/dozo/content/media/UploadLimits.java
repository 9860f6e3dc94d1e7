package shop.dozo.content.media;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

/**
 * Uploads larger than {@code dozo.media.max-bytes} are refused with a 413 problem. When the client announces the
 * size, before a single byte of the body is read (a 200 MB upload costs us nothing); otherwise while reading.
 */
@ApplicationScoped
public class UploadLimits {
    /** Before Quarkus' own body-size route (order -2), which answers a bare 413 without a problem body. */
    private static final int ORDER = -10;

    long maxBytes;

    @Inject
    void configure(MediaLimitsConfig config) {
        maxBytes = config.maxBytes();
    }

    @Inject
    ObjectMapper json;

    void refuseAnnouncedOversize(@Observes Router router) {
        router.route().order(ORDER).pathRegex("/api/staff/(media|import/media/.*)").handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(encode(tooLarge().withInstance(context.request().path())));
                return;
            }
            context.next();
        });
    }

    /** The body, or a 413 as soon as it grows past the limit. */
    public byte[] read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ProblemException(tooLarge());
            }
            return bytes;
        } catch (IOException e) {
            throw ProblemException.badRequest("body", "the upload was interrupted: " + e.getMessage());
        }
    }

    private String encode(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Problem tooLarge() {
        return Problem.of(413, "Content Too Large", "Images may be at most " + maxBytes / (1024 * 1024) + " MB.");
    }
}
