package shop.dozo.content.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range: bytes=...} header (RFC 9110 §14.1.2), inclusive at both ends.
 * Anything this does not understand, multiple ranges included, means "send the whole object", which the RFC allows.
 *
 * <p>Hand-written on purpose: Quarkus and Vert.x answer ranges only for files they serve from disk, and JAX-RS has no
 * range support for a streamed entity; the media come from S3, which takes the one offset and length this gives.
 */
public record ByteRange(long start, long end) {
    /** The range starts beyond the end of the object: 416. */
    public static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    public static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher range = SINGLE.matcher(header.replace(" ", ""));
        if (!range.matches() || (range.group(1).isEmpty() && range.group(2).isEmpty())) {
            return Optional.empty();
        }
        if (range.group(1).isEmpty()) {
            long suffix = Long.parseLong(range.group(2));
            return Optional
                    .of(suffix == 0 || size == 0 ? UNSATISFIABLE : new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long start = Long.parseLong(range.group(1));
        long end = range.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(range.group(2)), size - 1);
        if (!range.group(2).isEmpty() && Long.parseLong(range.group(2)) < start) {
            return Optional.empty();
        }
        return Optional.of(start >= size ? UNSATISFIABLE : new ByteRange(start, end));
    }

    public long length() {
        return end - start + 1;
    }
}
