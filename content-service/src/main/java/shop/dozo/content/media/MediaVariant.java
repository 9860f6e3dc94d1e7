package shop.dozo.content.media;

import java.util.Locale;
import java.util.Optional;

/**
 * The resized copies the storefront shows: {@code list} for product listings, {@code detail} for a product page.
 * Each fits in a square box of that many pixels and is never enlarged. Variants are derived: they can always be
 * rebuilt from the original, so the archive carries only originals.
 */
public enum MediaVariant {
    LIST(400), DETAIL(1200);

    /** Bump when the sizes or the encoding change, so caches keyed by the ETag see the new bytes. */
    static final String SPEC = "v1";

    public final int box;

    MediaVariant(int box) {
        this.box = box;
    }

    public String urlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The object key: derived from the media id only, never from anything a client sends. */
    public String key(String mediaId) {
        return "variants/" + mediaId + "/" + urlName();
    }

    public String etag(String mediaId) {
        return "\"" + mediaId + "-" + urlName() + "-" + SPEC + "\"";
    }

    public static Optional<MediaVariant> named(String name) {
        for (MediaVariant variant : values()) {
            if (variant.urlName().equals(name)) {
                return Optional.of(variant);
            }
        }
        return Optional.empty();
    }
}
