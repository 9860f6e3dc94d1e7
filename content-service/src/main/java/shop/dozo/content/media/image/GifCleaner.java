package shop.dozo.content.media.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Strips metadata from a GIF without re-encoding it, so animations survive: the file is rebuilt block by block,
 * keeping the header, colour tables, frames and their timing, and the looping extension; comments, XMP and other
 * application extensions, and anything after the trailer go. Also counts the frames and checks their sizes.
 *
 * <p>Hand-written on purpose: ImageIO (TwelveMonkeys included) can only strip by decoding and writing again, which
 * loses the frames' timing and disposal or the palette; no library on Maven Central copies GIF blocks selectively.
 * The format's block structure is small and fixed (GIF89a), and every length is checked against the bytes left.
 */
public final class GifCleaner {
    private static final int EXTENSION = 0x21;
    private static final int IMAGE = 0x2C;
    private static final int TRAILER = 0x3B;
    private static final int GRAPHIC_CONTROL = 0xF9;
    private static final int PLAIN_TEXT = 0x01;
    private static final int APPLICATION = 0xFF;

    /** The cleaned file and what it holds. */
    public record Result(byte[] bytes, int width, int height, int frames) {
    }

    private final byte[] gif;
    private final ByteArrayOutputStream out;
    private int at;

    private GifCleaner(byte[] gif) {
        this.gif = gif;
        this.out = new ByteArrayOutputStream(gif.length);
    }

    public static Result clean(byte[] gif, int maxFrames) {
        return new GifCleaner(gif).run(maxFrames);
    }

    private Result run(int maxFrames) {
        int width = u16(6);
        int height = u16(8);
        copy(13 + colorTableSize(gif[10]));
        int frames = 0;
        while (true) {
            int block = byteAt(at);
            if (block == TRAILER) {
                out.write(TRAILER);
                return new Result(out.toByteArray(), width, height, frames);
            } else if (block == IMAGE) {
                if (++frames > maxFrames) {
                    throw new ImageRejected("The GIF has more than " + maxFrames + " frames.");
                }
                if (u16(at + 1) + u16(at + 5) > width || u16(at + 3) + u16(at + 7) > height) {
                    throw new IllegalArgumentException("A GIF frame lies outside the picture");
                }
                copy(10 + colorTableSize(byteAt(at + 9)) + 1); // descriptor, local colours, LZW code size
                copySubBlocks(true);
            } else if (block == EXTENSION) {
                int label = byteAt(at + 1);
                boolean keep = label == GRAPHIC_CONTROL || label == PLAIN_TEXT || (label == APPLICATION && isLooping());
                if (keep) {
                    copy(2);
                } else {
                    at += 2;
                }
                copySubBlocks(keep);
            } else {
                throw new IllegalArgumentException("Unexpected GIF block 0x" + Integer.toHexString(block));
            }
        }
    }

    /** NETSCAPE2.0 / ANIMEXTS1.0 say how often an animation repeats: part of the picture, not metadata. */
    private boolean isLooping() {
        if (at + 14 > gif.length || byteAt(at + 2) != 11) {
            return false;
        }
        String id = new String(gif, at + 3, 11, StandardCharsets.US_ASCII);
        return id.equals("NETSCAPE2.0") || id.equals("ANIMEXTS1.0");
    }

    private void copySubBlocks(boolean keep) {
        while (true) {
            int size = byteAt(at);
            if (keep) {
                copy(1 + size);
            } else {
                require(at + 1 + size);
                at += 1 + size;
            }
            if (size == 0) {
                return;
            }
        }
    }

    private static int colorTableSize(int flags) {
        return (flags & 0x80) != 0 ? 3 * (1 << ((flags & 0x07) + 1)) : 0;
    }

    private void copy(int length) {
        require(at + length);
        out.write(gif, at, length);
        at += length;
    }

    private int byteAt(int index) {
        require(index + 1);
        return gif[index] & 0xFF;
    }

    private int u16(int index) {
        return byteAt(index) | byteAt(index + 1) << 8;
    }

    private void require(int end) {
        if (end > gif.length) {
            throw new IllegalArgumentException("The GIF ends too early");
        }
    }
}
