package shop.dozo.content.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/**
 * Upload limits: bytes (413 beyond, {@link UploadLimits}), pixels a side and in all (422 beyond, checked before
 * decoding), GIF frames, and how many images are decoded at once (a 40-megapixel image takes 160 MB while
 * decoded), for {@code ImageProcessor}.
 */
@ConfigMapping(prefix = "dozo.media")
public interface MediaLimitsConfig {
    @WithDefault("20971520")
    @Min(1)
    long maxBytes();

    @WithDefault("10000")
    @Min(1)
    int maxSide();

    @WithDefault("40000000")
    @Min(1)
    long maxPixels();

    @WithDefault("500")
    @Min(1)
    int maxFrames();

    @WithDefault("2")
    @Min(1)
    int parallelDecoding();
}
