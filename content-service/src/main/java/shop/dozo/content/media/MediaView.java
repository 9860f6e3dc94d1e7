package shop.dozo.content.media;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An image as the API shows it, with the addresses of its original and variants. */
public record MediaView(String id, String contentType, long sizeBytes, Integer width, Integer height, String altText,
        String url, Map<String, String> variants, Instant createdAt) {

    public static MediaView of(Media media) {
        Map<String, String> variants = new LinkedHashMap<>();
        for (MediaVariant variant : MediaVariant.values()) {
            variants.put(variant.urlName(), "/api/media/" + media.id + "/" + variant.urlName());
        }
        return new MediaView(media.id, media.contentType, media.sizeBytes, media.width, media.height, media.altText,
                "/api/media/" + media.id, variants, media.createdAt);
    }
}
