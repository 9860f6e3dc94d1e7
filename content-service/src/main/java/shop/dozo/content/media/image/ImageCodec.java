package shop.dozo.content.media.image;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import shop.dozo.content.media.ImageType;

/** Reading and writing images with ImageIO (plus the TwelveMonkeys WebP and JPEG readers), all in memory. */
final class ImageCodec {
    static {
        ImageIO.setUseCache(false); // no temporary files: images are bounded and processed in memory
        ImageIO.scanForPlugins(); // the plugins live in the application's class loader, not the JDK's
    }

    private ImageCodec() {
    }

    /** The size from the header alone, before a single pixel is decoded: a decompression bomb stops here. */
    static Dimension size(byte[] bytes, ImageType type) throws IOException {
        ImageReader reader = reader(type);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return new Dimension(reader.getWidth(0), reader.getHeight(0));
        } finally {
            reader.dispose();
        }
    }

    /** The first frame's pixels. */
    static BufferedImage read(byte[] bytes, ImageType type) throws IOException {
        ImageReader reader = reader(type);
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return reader.read(0);
        } finally {
            reader.dispose();
        }
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        return write(writer, image, param);
    }

    static byte[] png(BufferedImage image) {
        return write(ImageIO.getImageWritersByFormatName("png").next(), image, null);
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param); // no metadata at all
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static ImageReader reader(ImageType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type.format + " on the class path");
        }
        return readers.next();
    }
}
