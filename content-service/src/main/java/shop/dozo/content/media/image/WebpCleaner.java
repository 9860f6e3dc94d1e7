package shop.dozo.content.media.image;

import java.io.ByteArrayOutputStream;

/**
 * Strips metadata from a WebP file without re-encoding it (ImageIO has no WebP writer): the RIFF container is
 * rebuilt from the chunks that make up the picture only. EXIF and XMP chunks, unknown chunks and anything after
 * the container go; the VP8X flags that announced EXIF/XMP are cleared.
 *
 * <p>Hand-written on purpose: no library on Maven Central rewrites WebP chunks, and re-encoding would lose quality
 * and animation. RIFF is a flat list of tagged, length-prefixed chunks, each length checked against the bytes left.
 */
public final class WebpCleaner {
    private static final java.util.Set<String> PICTURE_CHUNKS =
            java.util.Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");
    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;

    private WebpCleaner() {
    }

    public static byte[] clean(byte[] webp) {
        long riffEnd = Math.min(webp.length, 8 + u32(webp, 4));
        ByteArrayOutputStream chunks = new ByteArrayOutputStream(webp.length);
        int at = 12;
        while (at + 8 <= riffEnd) {
            String fourCc = new String(webp, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long size = u32(webp, at + 4);
            long padded = size + (size & 1);
            if (at + 8 + size > riffEnd) {
                throw new IllegalArgumentException("WebP chunk " + fourCc + " runs past the end of the file");
            }
            if (PICTURE_CHUNKS.contains(fourCc)) {
                byte[] chunk = java.util.Arrays.copyOfRange(webp, at, (int) Math.min(at + 8 + padded, riffEnd));
                if (fourCc.equals("VP8X") && size >= 1) {
                    chunk[8] &= (byte) ~(EXIF_FLAG | XMP_FLAG);
                }
                chunks.writeBytes(chunk);
                if (chunk.length < 8 + padded) {
                    chunks.write(0); // a missing final pad byte
                }
            }
            at += 8 + padded;
        }
        if (chunks.size() == 0) {
            throw new IllegalArgumentException("WebP file without image data");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(chunks.size() + 12);
        out.writeBytes(new byte[]{'R', 'I', 'F', 'F'});
        writeU32(out, chunks.size() + 4);
        out.writeBytes(new byte[]{'W', 'E', 'B', 'P'});
        out.writeBytes(chunks.toByteArray());
        return out.toByteArray();
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static void writeU32(ByteArrayOutputStream out, long value) {
        for (int shift = 0; shift < 32; shift += 8) {
            out.write((int) (value >>> shift) & 0xFF);
        }
    }
}
