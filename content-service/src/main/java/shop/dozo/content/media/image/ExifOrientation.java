package shop.dozo.content.media.image;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Phones store photos sideways and say how to turn them in the EXIF Orientation tag. Re-encoding drops all EXIF
 * (GPS position included), so the turn is applied to the pixels first; otherwise the shop's photos would lie on
 * their side.
 */
public final class ExifOrientation {
    private ExifOrientation() {
    }

    /**
     * The Orientation value (1 to 8) of a JPEG's EXIF block, read by TwelveMonkeys' JPEG segment and TIFF readers
     * (the uploads are untrusted bytes); 1 (as stored) when absent, damaged or out of range.
     */
    public static int of(byte[] jpeg) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            InputStream data = exif.get(0).data();
            if (data.read() == -1) { // the pad byte after "Exif\0"
                return 1;
            }
            Directory ifd0 = new TIFFReader().read(new MemoryCacheImageInputStream(data));
            Entry orientation = ifd0.getEntryById(TIFF.TAG_ORIENTATION);
            int value = orientation != null && orientation.getValue() instanceof Number number ? number.intValue() : 1;
            return value >= 1 && value <= 8 ? value : 1;
        } catch (IOException | RuntimeException damaged) {
            return 1; // a damaged EXIF block says nothing; the photo is kept as stored
        }
    }

    /** The image as a viewer shows it, in RGB (JPEG has no alpha). */
    public static BufferedImage upright(BufferedImage stored, int orientation) {
        int w = stored.getWidth();
        int h = stored.getHeight();
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        boolean swap = orientation >= 5 && orientation <= 8;
        BufferedImage upright = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(stored, turn, null);
        g.dispose();
        return upright;
    }
}
