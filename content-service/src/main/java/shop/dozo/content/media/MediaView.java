package shop.dozo.content.media;

import java.time.Instant;

public record MediaView(String id, String contentType, long sizeBytes, String altText, String url, Instant createdAt) {

    public static MediaView of(Media media) {
        return new MediaView(media.id, media.contentType, media.sizeBytes, media.altText, "/api/media/" + media.id,
                media.createdAt);
    }
}
