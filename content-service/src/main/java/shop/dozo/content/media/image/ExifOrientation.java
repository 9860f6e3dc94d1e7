package shop.dozo.content.media.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Phones store photos sideways and say how to turn them in the EXIF Orientation tag. Re-encoding drops all EXIF
 * (GPS position included), so the turn is applied to the pixels first; otherwise the shop's photos would lie on
 * their side.
 */
public final class ExifOrientation {
    private static final int ORIENTATION_TAG = 0x0112;

    private ExifOrientation() {
    }

    /** The Orientation value (1 to 8) of a JPEG's EXIF block; 1 (as stored) when absent or unreadable. */
    public static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = u16(jpeg, at + 2, true);
            if (marker == 0xDA || length < 2) {
                break; // image data starts: no EXIF came before it
            }
            if (marker == 0xE1 && length >= 16 && startsWithExif(jpeg, at + 4)) {
                return fromTiff(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return 1;
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

    private static boolean startsWithExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0 && b[at + 5] == 0;
    }

    /** Looks for the Orientation entry in IFD0 of the TIFF structure inside the EXIF block. */
    private static int fromTiff(byte[] b, int tiff, int limit) {
        boolean bigEndian = b[tiff] == 'M';
        long ifd = u32(b, tiff + 4, bigEndian);
        if (ifd < 8 || tiff + ifd + 2 > limit) {
            return 1;
        }
        int at = (int) (tiff + ifd);
        int entries = u16(b, at, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = at + 2 + i * 12;
            if (entry + 12 > limit) {
                return 1;
            }
            if (u16(b, entry, bigEndian) == ORIENTATION_TAG) {
                int value = u16(b, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean bigEndian) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return bigEndian ? first << 8 | second : second << 8 | first;
    }

    private static long u32(byte[] b, int at, boolean bigEndian) {
        long high = u16(b, bigEndian ? at : at + 2, bigEndian);
        long low = u16(b, bigEndian ? at + 2 : at, bigEndian);
        return high << 16 | low;
    }
}
