package shop.dozo.content.media.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shop.dozo.content.TestImages;
import shop.dozo.content.media.ImageType;
import shop.dozo.content.media.MediaVariant;
import shop.dozo.support.ProblemException;

class ImageProcessorTest {
    private final ImageProcessor images = new ImageProcessor(10_000, 40_000_000, 500, 1);

    @Test
    void aDamagedExifBlockCountsAsUprightAndThePhotoIsStillTaken() throws Exception {
        byte[] good = TestImages.jpegWithExif(TestImages.redLeftBlueRight(40, 20), 6);
        assertEquals(6, ExifOrientation.of(good));
        // The TIFF block starts at byte 10: FFD8, FFE1, the length, "Exif\0\0".
        List<byte[]> damaged = List.of(
                patch(good, 14, 0x7F, 0xFF, 0xFF, 0xFF), // IFD0 far beyond the block
                patch(good, 18, 0xFF, 0xFF), // 65,535 entries in a block of a few bytes
                patch(good, 28, 0x00, 0x2A), // orientation 42
                patch(good, 10, 'X', 'X'), // neither big- nor little-endian
                patch(good, 4, 0x00, 0x09)); // an APP1 segment too short for its TIFF header
        for (byte[] upload : damaged) {
            assertEquals(1, ExifOrientation.of(upload));
            assertFalse(TestImages.contains(images.clean(upload).bytes(), "Exif"));
        }
        assertEquals(1, ExifOrientation.of(java.util.Arrays.copyOf(good, 16)), "cut off inside the EXIF block");
    }

    private static byte[] patch(byte[] bytes, int at, int... values) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < values.length; i++) {
            copy[at + i] = (byte) values[i];
        }
        return copy;
    }

    @Test
    void jpegExifIsRemovedAfterTurningThePhotoUpright() throws Exception {
        byte[] upload = TestImages.jpegWithExif(TestImages.redLeftBlueRight(40, 20), 6);
        assertEquals(6, ExifOrientation.of(upload));

        ImageProcessor.Clean clean = images.clean(upload);

        assertFalse(TestImages.contains(clean.bytes(), "Exif"), "no EXIF block survives");
        assertEquals(1, ExifOrientation.of(clean.bytes()));
        BufferedImage stored = TestImages.read(clean.bytes());
        assertEquals(20, stored.getWidth());
        assertEquals(40, stored.getHeight());
        assertEquals(20, clean.width());
        assertTrue(isRed(stored.getRGB(10, 5)), "turned clockwise: the left (red) side is now on top");
        assertFalse(isRed(stored.getRGB(10, 35)));
    }

    /** Where the red left half of the stored pixels ends up once shown as EXIF says. */
    @ParameterizedTest
    @CsvSource({"1,left", "2,right", "3,right", "4,left", "5,top", "6,top", "7,bottom", "8,bottom"})
    void everyExifOrientationTurnsTheRightWay(int orientation, String redSide) {
        BufferedImage upright = ExifOrientation.upright(TestImages.redLeftBlueRight(40, 20), orientation);
        boolean turned = orientation >= 5;
        assertEquals(turned ? 20 : 40, upright.getWidth());
        assertEquals(turned ? 40 : 20, upright.getHeight());
        int w = upright.getWidth();
        int h = upright.getHeight();
        boolean redFirst = turned ? isRed(upright.getRGB(w / 2, h / 4)) : isRed(upright.getRGB(w / 4, h / 2));
        boolean redSecond = turned ? isRed(upright.getRGB(w / 2, 3 * h / 4)) : isRed(upright.getRGB(3 * w / 4, h / 2));
        assertEquals(redSide.equals("left") || redSide.equals("top"), redFirst);
        assertEquals(redSide.equals("right") || redSide.equals("bottom"), redSecond);
    }

    @Test
    void animatedGifsKeepTheirFramesAndLoseCommentsAndTrailingBytes() throws Exception {
        byte[] upload = TestImages.animatedGifWithComment();
        assertTrue(TestImages.contains(upload, "secret note"));

        ImageProcessor.Clean clean = images.clean(upload);

        assertEquals(ImageType.GIF, clean.type());
        assertEquals(2, TestImages.frames(clean.bytes()));
        assertFalse(TestImages.contains(clean.bytes(), "secret note"));
        assertFalse(TestImages.contains(clean.bytes(), "<script>"));
        assertEquals(0x3B, clean.bytes()[clean.bytes().length - 1]);
        assertEquals(12, clean.width());
    }

    @Test
    void webpLosesItsExifChunkAndStillDecodes() {
        byte[] upload = TestImages.webpWithExif();
        assertTrue(TestImages.contains(upload, "GPS"));

        ImageProcessor.Clean clean = images.clean(upload);

        assertEquals(ImageType.WEBP, clean.type());
        assertFalse(TestImages.contains(clean.bytes(), "EXIF"));
        assertFalse(TestImages.contains(clean.bytes(), "GPS"));
        assertEquals(0, clean.bytes()[20] & 0x08, "the VP8X flag announcing EXIF is cleared");
        assertEquals(1, clean.width());
        assertEquals(clean.bytes().length - 8, java.nio.ByteBuffer.wrap(clean.bytes(), 4, 4)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(), "the RIFF size matches the rebuilt file");
    }

    @Test
    void theSameUploadAlwaysGivesTheSameBytes() {
        byte[] upload = TestImages.jpegWithExif(TestImages.redLeftBlueRight(64, 48), 1);
        assertArrayEquals(images.clean(upload).bytes(), images.clean(upload).bytes());
    }

    @Test
    void pixelLimitsAreCheckedBeforeDecoding() {
        ProblemException wide = assertThrows(ProblemException.class,
                () -> images.clean(TestImages.png(30_000, 1, Color.WHITE)));
        assertEquals(422, wide.problem().status());
        assertTrue(wide.problem().detail().contains("30000 × 1"), wide.problem().detail());

        // 8,000 × 8,000 is within the side limit but 64 megapixels; the file itself is tiny.
        ProblemException bomb =
                assertThrows(ProblemException.class, () -> images.clean(TestImages.pngClaiming(8000, 8000)));
        assertEquals(422, bomb.problem().status());
        assertTrue(bomb.problem().detail().contains("megapixels"));
    }

    @Test
    void onlyRealImagesPass() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(415, assertThrows(ProblemException.class, () -> images.clean(svg)).problem().status());
        byte[] disguised = new byte[200];
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, disguised, 0, 8);
        System.arraycopy("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII), 0, disguised, 8, 25);
        assertEquals(422, assertThrows(ProblemException.class, () -> images.clean(disguised)).problem().status());
    }

    @Test
    void variantsFitTheirBoxAsJpegOrAsPngWhenTransparent() throws Exception {
        byte[] opaque = images.clean(TestImages.png(1000, 500, Color.ORANGE)).bytes();
        ImageProcessor.Resized list = images.resize(opaque, ImageType.PNG, MediaVariant.LIST);
        assertEquals("image/jpeg", list.contentType());
        BufferedImage listImage = TestImages.read(list.bytes());
        assertEquals(400, listImage.getWidth());
        assertEquals(200, listImage.getHeight());
        ImageProcessor.Resized detail = images.resize(opaque, ImageType.PNG, MediaVariant.DETAIL);
        assertEquals(1000, TestImages.read(detail.bytes()).getWidth(), "never enlarged");

        BufferedImage clear = TestImages.filled(300, 600, new Color(0, 0, 255, 80), BufferedImage.TYPE_INT_ARGB);
        byte[] transparent = images.clean(pngOf(clear)).bytes();
        ImageProcessor.Resized small = images.resize(transparent, ImageType.PNG, MediaVariant.LIST);
        assertEquals("image/png", small.contentType());
        assertEquals(400, TestImages.read(small.bytes()).getHeight());
        assertTrue(TestImages.read(small.bytes()).getColorModel().hasAlpha());
    }

    private static byte[] pngOf(BufferedImage image) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static boolean isRed(int rgb) {
        Color color = new Color(rgb);
        return color.getRed() > 180 && color.getBlue() < 80;
    }
}
