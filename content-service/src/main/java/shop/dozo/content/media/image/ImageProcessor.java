package shop.dozo.content.media.image;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import org.jboss.logging.Logger;
import shop.dozo.api.Problem;
import shop.dozo.content.media.ImageType;
import shop.dozo.content.media.MediaLimitsConfig;
import shop.dozo.content.media.MediaVariant;
import shop.dozo.support.ProblemException;

/**
 * Turns an upload into the original the shop keeps: the real type from the bytes, the pixel limits checked from
 * the header before decoding, and every piece of metadata (EXIF with its GPS position, comments, XMP) removed.
 * JPEG and PNG are decoded and encoded again, which also drops anything hidden around the pixels; GIF and WebP
 * are rebuilt block by block (animations survive; ImageIO cannot write WebP) and then decoded to prove them real.
 */
@ApplicationScoped
public class ImageProcessor {
    private static final Logger LOG = Logger.getLogger(ImageProcessor.class);

    public record Clean(byte[] bytes, ImageType type, int width, int height) {
    }

    public record Resized(byte[] bytes, String contentType, int width, int height) {
    }

    private final int maxSide;
    private final long maxPixels;
    private final int maxFrames;
    /** Decoded images are large (4 bytes a pixel): only a few at a time, whatever the number of uploads. */
    private final Semaphore working;

    @Inject
    ImageProcessor(MediaLimitsConfig config) {
        this(config.maxSide(), config.maxPixels(), config.maxFrames(), config.parallelDecoding());
    }

    ImageProcessor(int maxSide, long maxPixels, int maxFrames, int parallel) {
        this.maxSide = maxSide;
        this.maxPixels = maxPixels;
        this.maxFrames = maxFrames;
        this.working = new Semaphore(parallel, true);
    }

    public Clean clean(byte[] upload) {
        ImageType type = ImageType.sniff(upload).orElseThrow(() -> new ProblemException(Problem.of(415,
                "Unsupported Media Type",
                "Only JPEG, PNG, GIF and WebP images are accepted; these bytes are none of them.")));
        return exclusively(type, () -> {
            Dimension size = ImageCodec.size(upload, type);
            requireWithinLimits(size.width, size.height);
            return switch (type) {
                case JPEG -> {
                    BufferedImage upright =
                            ExifOrientation.upright(ImageCodec.read(upload, type), ExifOrientation.of(upload));
                    yield new Clean(ImageCodec.jpeg(upright, 0.92f), type, upright.getWidth(), upright.getHeight());
                }
                case PNG -> new Clean(ImageCodec.png(ImageCodec.read(upload, type)), type, size.width, size.height);
                case GIF -> {
                    GifCleaner.Result gif = GifCleaner.clean(upload, maxFrames);
                    requireWithinLimits(gif.width(), gif.height());
                    ImageCodec.read(gif.bytes(), type);
                    yield new Clean(gif.bytes(), type, gif.width(), gif.height());
                }
                case WEBP -> {
                    byte[] clean = WebpCleaner.clean(upload);
                    BufferedImage decoded = ImageCodec.read(clean, type);
                    yield new Clean(clean, type, decoded.getWidth(), decoded.getHeight());
                }
            };
        });
    }

    /** A variant of a stored original: PNG when it has transparency, JPEG otherwise. */
    public Resized resize(byte[] original, ImageType type, MediaVariant variant) {
        return exclusively(type, () -> {
            BufferedImage image = ImageCodec.read(original, type);
            boolean alpha = image.getColorModel().hasAlpha();
            BufferedImage fitted = Resizer.fit(image, variant.box, alpha);
            byte[] bytes = alpha ? ImageCodec.png(fitted) : ImageCodec.jpeg(fitted, 0.85f);
            return new Resized(bytes, alpha ? "image/png" : "image/jpeg", fitted.getWidth(), fitted.getHeight());
        });
    }

    private void requireWithinLimits(int width, int height) {
        if (width > maxSide || height > maxSide || (long) width * height > maxPixels) {
            throw new ImageRejected("The image is " + width + " × " + height + " pixels; at most " + maxSide
                    + " pixels a side and " + maxPixels / 1_000_000 + " megapixels are accepted.");
        }
    }

    private <T> T exclusively(ImageType type, Callable<T> work) {
        try {
            working.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to process an image", e);
        }
        try {
            return work.call();
        } catch (ImageRejected e) {
            throw ProblemException.unprocessable(e.getMessage());
        } catch (IOException | RuntimeException e) {
            // Decoders fail in many ways on broken or hostile files; all of them mean "not a usable image".
            LOG.debugf(e, "Unreadable %s upload", type);
            throw ProblemException
                    .unprocessable("These bytes start like a " + type + " image but cannot be read as one.");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            working.release();
        }
    }
}
