package shop.dozo.content.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import shop.dozo.content.media.ImageType;
import shop.dozo.content.media.MediaStore;
import shop.dozo.support.ProblemException;

/**
 * The media export is the media table with, on each line, the manifest of the object it describes: its key in
 * the bucket, SHA-256, size, type and alt text, so an archive can be checked and filled without asking the
 * database. An import drops these fields again after checking that they agree with the row.
 */
final class MediaManifest {
    static final List<String> FIELDS = List.of("key", "sha256", "size", "type", "alt");
    private static final ObjectMapper JSON = new ObjectMapper();

    private MediaManifest() {
    }

    /** Wraps an export stream: each row the table export writes gains its manifest fields. */
    static OutputStream adding(OutputStream out) {
        return new OutputStream() {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public void write(int b) throws IOException {
                if (b != '\n') {
                    line.write(b);
                    return;
                }
                ObjectNode row = (ObjectNode) JSON.readTree(line.toByteArray());
                ObjectNode manifested = JSON.createObjectNode();
                manifested.put("key", row.path("id").asText());
                manifested.put("sha256", row.path("id").asText());
                manifested.put("size", row.path("size_bytes").asLong());
                manifested.put("type", row.path("content_type").asText());
                manifested.put("alt", row.path("alt_text").asText());
                manifested.setAll(row);
                out.write(JSON.writeValueAsBytes(manifested));
                out.write('\n');
                line.reset();
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        };
    }

    /**
     * An export line back to a table row; lines without manifest fields (older archives) pass unchanged. A row must
     * describe its original, which the import stores first ({@code stored} finds it by id): the type sniffed from
     * the bytes (a row saying image/png over a GIF/HTML polyglot would name the bytes) and their size (which
     * becomes the Content-Length the original is served with).
     */
    static byte[] rows(List<String> lines, Function<String, Optional<MediaStore.StoredObject>> stored)
            throws IOException {
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        int number = 0;
        for (String text : lines) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            if (!(JSON.readTree(text) instanceof ObjectNode line)) {
                throw ProblemException.badRequest("line " + number, "must be a JSON object: a media row");
            }
            if (ImageType.ofMediaType(line.path("content_type").asText()).isEmpty()) {
                throw ProblemException.badRequest("line " + number,
                        "content_type must be an image type upload accepts: image/jpeg, image/png, image/gif or image/webp");
            }
            String id = line.path("id").asText();
            requireDescribes(line, stored.apply(id), "line " + number);
            for (String field : List.of("key", "sha256")) {
                if (line.has(field) && !line.get(field).asText().equals(id)) {
                    throw ProblemException.badRequest("line " + number, field + " must equal the id " + id);
                }
            }
            FIELDS.forEach(line::remove);
            rows.write(JSON.writeValueAsBytes(line));
            rows.write('\n');
        }
        return rows.toByteArray();
    }

    private static void requireDescribes(ObjectNode row, Optional<MediaStore.StoredObject> stored, String field) {
        String id = row.path("id").asText();
        MediaStore.StoredObject original = stored.orElseThrow(() -> ProblemException.badRequest(field,
                "no original " + id + " is stored: put its bytes first (PUT /api/staff/import/media/" + id + ")"));
        String type = row.path("content_type").asText();
        if (!original.contentType().equals(type)) {
            throw ProblemException.badRequest(field, "content_type " + type + " is not what the stored bytes of " + id
                    + " are (" + original.contentType() + ")");
        }
        if (original.size() != row.path("size_bytes").asLong(-1)) {
            throw ProblemException.badRequest(field, "size_bytes " + row.path("size_bytes").asText()
                    + " is not the size of the stored bytes of " + id + " (" + original.size() + ")");
        }
    }
}
