package shop.dozo.backing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo shop's pictures: one per product, real PNGs, and what demo/images/DrawDemoImages.java draws. */
class DemoPicturesTest {
    private static final Path FOLDER = Tools.projectRoot().resolve("demo/images");

    @Test
    void everyDemoProductHasItsPicture() throws Exception {
        for (String sku : DemoShopSeeder.demoSkus()) {
            Path file = FOLDER.resolve(sku + ".png");
            assertTrue(Files.isRegularFile(file), "demo/images/" + sku + ".png");
            BufferedImage picture = ImageIO.read(file.toFile());
            assertEquals(1200, picture.getWidth(), sku);
            assertEquals(1200, picture.getHeight(), sku);
        }
    }

    @Test
    void theProgramInTheRepositoryDrawsExactlyThesePictures(@TempDir Path drawn) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process draw = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true",
                FOLDER.resolve("DrawDemoImages.java").toString(), drawn.toString()).redirectErrorStream(true).start();
        String output = new String(draw.getInputStream().readAllBytes());
        assertTrue(draw.waitFor(120, TimeUnit.SECONDS), "drawing finished");
        assertEquals(0, draw.exitValue(), output);
        assertEquals(pngs(FOLDER), pngs(drawn), "the same files");
        assertEquals(new TreeSet<>(DemoShopSeeder.demoSkus()),
                pngs(drawn).stream().map(name -> name.replace(".png", ""))
                        .collect(Collectors.toCollection(TreeSet::new)),
                "one per product, no more");
        for (String name : pngs(drawn)) {
            BufferedImage kept = ImageIO.read(FOLDER.resolve(name).toFile());
            BufferedImage fresh = ImageIO.read(drawn.resolve(name).toFile());
            assertEquals(kept.getRGB(600, 600), fresh.getRGB(600, 600), name + " is the same picture");
            assertEquals(kept.getRGB(20, 20), fresh.getRGB(20, 20), name + " has the same background");
        }
    }

    private static Set<String> pngs(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".png"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
