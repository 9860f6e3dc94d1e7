package shop.dozo.content;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/** Real image files for tests, made on the spot, some with the metadata and tricks uploads carry. */
public final class TestImages {
    /** A 1 × 1 lossless WebP (VP8L). */
    private static final byte[] WEBP_1X1 =
            Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestImages() {
    }

    public static byte[] png(int width, int height, Color color) {
        return write(filled(width, height, color, BufferedImage.TYPE_INT_RGB), "png");
    }

    public static BufferedImage filled(int width, int height, Color color, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        var g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** Left half red, right half blue: shows which way an image was turned. */
    public static BufferedImage redLeftBlueRight(int width, int height) {
        BufferedImage image = filled(width, height, Color.RED, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    /** A JPEG whose EXIF says how to turn it and where it was taken (a GPS latitude). */
    public static byte[] jpegWithExif(BufferedImage image, int orientation) {
        byte[] jpeg = write(image, "jpeg");
        ByteBuffer tiff = ByteBuffer.allocate(64);
        tiff.put(new byte[]{'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38); // GPS IFD
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[]{'N', 0, 0, 0}); // latitude ref
        tiff.putInt(0);
        byte[] tiffBytes = java.util.Arrays.copyOf(tiff.array(), tiff.position());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = 2 + 6 + tiffBytes.length;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tiffBytes);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A two-frame animated GIF with a comment block and a script appended after its end. */
    public static byte[] animatedGifWithComment() throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(filled(12, 8, Color.RED, BufferedImage.TYPE_INT_RGB), null, null),
                    null);
            writer.writeToSequence(new IIOImage(filled(12, 8, Color.GREEN, BufferedImage.TYPE_INT_RGB), null, null),
                    null);
            writer.endWriteSequence();
        }
        writer.dispose();
        byte[] gif = out.toByteArray();
        ByteArrayOutputStream tricked = new ByteArrayOutputStream();
        tricked.write(gif, 0, gif.length - 1); // all but the trailer
        tricked.writeBytes(new byte[]{0x21, (byte) 0xFE, 11});
        tricked.writeBytes("secret note".getBytes(StandardCharsets.US_ASCII));
        tricked.write(0);
        tricked.write(0x3B);
        tricked.writeBytes("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
        return tricked.toByteArray();
    }

    /** A 1 × 1 WebP in an extended container with an EXIF chunk, as cameras and editors write them. */
    public static byte[] webpWithExif() {
        byte[] vp8l = java.util.Arrays.copyOfRange(WEBP_1X1, 12, WEBP_1X1.length);
        byte[] exif = "Exif\0\0MM GPS 35.6812N 139.7671E".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer body = ByteBuffer.allocate(200).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        body.put("WEBP".getBytes(StandardCharsets.US_ASCII));
        body.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).put((byte) 0x08).put(new byte[3])
                .put(new byte[]{0, 0, 0}).put(new byte[]{0, 0, 0}); // EXIF flag, canvas 1 × 1
        body.put(vp8l);
        body.put("EXIF".getBytes(StandardCharsets.US_ASCII)).putInt(exif.length).put(exif);
        if (exif.length % 2 == 1) {
            body.put((byte) 0);
        }
        ByteBuffer file = ByteBuffer.allocate(8 + body.position()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(body.position()).put(body.array(), 0,
                body.position());
        return file.array();
    }

    /** A PNG whose header claims a size far larger than its few bytes: a decompression bomb. */
    public static byte[] pngClaiming(int width, int height) {
        byte[] png = png(4, 4, Color.GRAY);
        ByteBuffer header = ByteBuffer.wrap(png);
        header.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17); // "IHDR" and its 13 bytes
        header.putInt(29, (int) crc.getValue());
        return png;
    }

    public static BufferedImage read(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IOException("not an image ImageIO can read");
        }
        return image;
    }

    public static int frames(byte[] gif) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in);
            return reader.getNumImages(true);
        } finally {
            reader.dispose();
        }
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
