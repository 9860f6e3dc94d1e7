package shop.dozo.backoffice;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Real image files for upload tests, drawn here: a coloured square with a circle, as PNG or JPEG. */
public final class TestPictures {
    private TestPictures() {
    }

    public static Path write(String format, Color color, int size) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, size, size);
        g.setColor(Color.WHITE);
        g.fillOval(size / 4, size / 4, size / 2, size / 2);
        g.dispose();
        try {
            Path file = Files.createTempFile("dozo-photo", "." + format);
            ImageIO.write(image, format, file.toFile());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file that says it is a photo but is text. */
    public static Path notAnImage() {
        try {
            Path file = Files.createTempFile("dozo-not-a-photo", ".jpg");
            Files.writeString(file, "this is not a picture");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
