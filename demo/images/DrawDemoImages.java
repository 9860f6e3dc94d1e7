import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Draws the demo shop's product pictures: one flat illustration per product of demo/shop.json, 1200 × 1200 PNG, so
 * the storefront, the back office, the archive and the drill all carry real images. Run from the repository root:
 * {@code java demo/images/DrawDemoImages.java demo/images}. The pictures are this program's output and carry the
 * repository's licence (Apache-2.0); no photo or third-party artwork is used.
 */
public class DrawDemoImages {
    static final int SIZE = 1200;
    static final Color INK = new Color(0x3b3a36);

    /** What each product looks like: a background colour and a motif drawn on it. */
    record Picture(Color background, Consumer<Graphics2D> motif) {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "demo/images");
        Files.createDirectories(folder);
        for (Map.Entry<String, Picture> product : pictures().entrySet()) {
            BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(product.getValue().background());
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(product.getValue().background().brighter());
            g.fill(new Ellipse2D.Double(150, 150, 900, 900));
            g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            product.getValue().motif().accept(g);
            g.dispose();
            ImageIO.write(image, "png", folder.resolve(product.getKey() + ".png").toFile());
        }
        System.out.println(pictures().size() + " pictures in " + folder);
    }

    static Map<String, Picture> pictures() {
        Color blush = new Color(0xe9c7c0);
        Color rice = new Color(0xe8dcc0);
        Color leaf = new Color(0xbfd8b0);
        Color sky = new Color(0xbcd3e0);
        Color sand = new Color(0xe6d3a8);
        Color lilac = new Color(0xd3c8e2);
        Map<String, Picture> p = new LinkedHashMap<>();
        p.put("CP-LINER-01", new Picture(blush, g -> pad(g, 0.75, false, new Color(0xf4efe6), new Color(0xb7d3c4))));
        p.put("CP-REG-01", new Picture(blush, g -> pad(g, 1.0, true, new Color(0xf2e5d5), new Color(0xd98f8f))));
        p.put("CP-HEAVY-01", new Picture(blush, g -> pad(g, 1.25, true, new Color(0xefe3f0), new Color(0x9d86b8))));
        p.put("CP-NIGHT-01", new Picture(new Color(0xc9cde6), g -> pad(g, 1.4, true, new Color(0x424d7a),
                new Color(0xf2d675))));
        p.put("CP-HOLDER-01", new Picture(blush, g -> pouch(g, new Color(0x8fb39b))));
        p.put("CP-WASH-01", new Picture(sky, g -> sack(g, new Color(0xf7f7f2), new Color(0x6e9fc0))));
        p.put("CP-SET-TRIAL", new Picture(blush, g -> fan(g, 3)));
        p.put("CP-SET-FULL", new Picture(blush, g -> fan(g, 8)));
        p.put("OF-RICE-5K", new Picture(rice, g -> sack(g, new Color(0xd8c08e), new Color(0x5b8a4a))));
        p.put("OF-MISO-1K", new Picture(rice, g -> jar(g, new Color(0xb07a3f), new Color(0xe9e1d3))));
        p.put("OF-SHOYU-900", new Picture(rice, g -> bottle(g, new Color(0x4a2a1c), new Color(0xd84a3a))));
        p.put("OF-TEA-100", new Picture(leaf, g -> canister(g, new Color(0x5f8f4e), new Color(0xe5d8a6))));
        p.put("OF-HONEY-300", new Picture(sand, g -> jar(g, new Color(0xe3a32c), new Color(0xf4efe2))));
        p.put("FT-COFFEE-200", new Picture(sand, g -> sack(g, new Color(0x6b4a33), new Color(0xd9b98a))));
        p.put("FT-CHOCO-50", new Picture(sand, g -> chocolate(g)));
        p.put("FT-SUGAR-500", new Picture(sand, g -> sack(g, new Color(0xcfa86a), new Color(0xf4ece0))));
        p.put("FR-VEG-S", new Picture(leaf, g -> vegetableBox(g, 3)));
        p.put("FR-VEG-L", new Picture(leaf, g -> vegetableBox(g, 5)));
        p.put("FR-TOFU-01", new Picture(sky, g -> tofu(g)));
        p.put("FR-EGG-10", new Picture(sand, g -> eggs(g)));
        p.put("EG-WRAP-3", new Picture(sand, g -> wraps(g)));
        p.put("EG-BRUSH-01", new Picture(leaf, g -> toothbrush(g)));
        p.put("EG-SOAP-01", new Picture(rice, g -> soap(g)));
        p.put("EG-BAG-01", new Picture(leaf, g -> shoppingBag(g)));
        p.put("EG-BOTTLE-01", new Picture(sky, g -> bottle(g, new Color(0xb8bfc6), new Color(0x4e7d9b))));
        p.put("EG-STRAW-02", new Picture(sky, g -> straws(g)));
        p.put("BB-DIAPER-5", new Picture(lilac, g -> diapers(g)));
        p.put("BB-BODY-70", new Picture(lilac, g -> bodysuit(g)));
        p.put("BK-GUIDE-01", new Picture(blush, g -> book(g, new Color(0xd98f8f), 0.8)));
        p.put("BK-SEASON-01", new Picture(leaf, g -> book(g, new Color(0x5b8a4a), 1.0)));
        return p;
    }

    static void outlined(Graphics2D g, java.awt.Shape shape, Color fill) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(INK);
        g.draw(shape);
    }

    /** A cloth pad seen from above: a long rounded body, wings if it has them, and a stitched line. */
    static void pad(Graphics2D g, double length, boolean wings, Color cloth, Color stitch) {
        double h = 560 * length;
        double top = 600 - h / 2;
        if (wings) {
            outlined(g, new RoundRectangle2D.Double(330, 520, 540, 160, 80, 80), cloth.darker());
        }
        outlined(g, new RoundRectangle2D.Double(460, top, 280, h, 260, 260), cloth);
        g.setColor(stitch);
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] {24, 22}, 0));
        g.draw(new RoundRectangle2D.Double(500, top + 40, 200, h - 80, 200, 200));
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    static void fan(Graphics2D g, int pads) {
        Color[] cloths = {new Color(0xf2e5d5), new Color(0xefe3f0), new Color(0xe3efe6), new Color(0xf4efe6)};
        var saved = g.getTransform();
        for (int i = 0; i < pads; i++) {
            g.setTransform(saved);
            g.rotate(Math.toRadians((i - (pads - 1) / 2.0) * (pads > 4 ? 11 : 22)), 600, 900);
            outlined(g, new RoundRectangle2D.Double(500, 300, 200, 560, 200, 200), cloths[i % cloths.length]);
        }
        g.setTransform(saved);
    }

    static void pouch(Graphics2D g, Color cloth) {
        outlined(g, new RoundRectangle2D.Double(330, 380, 540, 460, 90, 90), cloth);
        Path2D flap = new Path2D.Double();
        flap.moveTo(330, 430);
        flap.lineTo(600, 640);
        flap.lineTo(870, 430);
        g.draw(flap);
        outlined(g, new Ellipse2D.Double(575, 615, 50, 50), new Color(0xf2d675));
    }

    static void sack(Graphics2D g, Color paper, Color label) {
        Path2D bag = new Path2D.Double();
        bag.moveTo(400, 330);
        bag.lineTo(800, 330);
        bag.lineTo(860, 900);
        bag.quadTo(600, 940, 340, 900);
        bag.closePath();
        outlined(g, bag, paper);
        g.draw(new java.awt.geom.Line2D.Double(420, 400, 780, 400));
        outlined(g, new RoundRectangle2D.Double(450, 520, 300, 220, 40, 40), label);
    }

    static void jar(Graphics2D g, Color content, Color lid) {
        outlined(g, new RoundRectangle2D.Double(380, 420, 440, 480, 120, 120), content);
        outlined(g, new RoundRectangle2D.Double(420, 320, 360, 120, 30, 30), lid);
        outlined(g, new RoundRectangle2D.Double(460, 580, 280, 180, 30, 30), new Color(0xf7f3ea));
    }

    static void bottle(Graphics2D g, Color glass, Color cap) {
        Path2D body = new Path2D.Double();
        body.moveTo(530, 250);
        body.lineTo(670, 250);
        body.lineTo(670, 380);
        body.quadTo(780, 430, 780, 540);
        body.lineTo(780, 940);
        body.lineTo(420, 940);
        body.lineTo(420, 540);
        body.quadTo(420, 430, 530, 380);
        body.closePath();
        outlined(g, body, glass);
        outlined(g, new RoundRectangle2D.Double(515, 200, 170, 90, 20, 20), cap);
        outlined(g, new RoundRectangle2D.Double(460, 600, 280, 200, 30, 30), new Color(0xf7f3ea));
    }

    static void canister(Graphics2D g, Color tin, Color band) {
        outlined(g, new RoundRectangle2D.Double(420, 330, 360, 590, 40, 40), tin);
        outlined(g, new RoundRectangle2D.Double(400, 290, 400, 110, 30, 30), tin.darker());
        outlined(g, new RoundRectangle2D.Double(420, 560, 360, 160, 0, 0), band);
        leaf(g, 600, 640, 0.6);
    }

    static void leaf(Graphics2D g, double x, double y, double scale) {
        Path2D leaf = new Path2D.Double();
        leaf.moveTo(x - 90 * scale, y);
        leaf.quadTo(x, y - 110 * scale, x + 90 * scale, y);
        leaf.quadTo(x, y + 110 * scale, x - 90 * scale, y);
        outlined(g, leaf, new Color(0x6fa35a));
    }

    static void chocolate(Graphics2D g) {
        outlined(g, new RoundRectangle2D.Double(360, 300, 480, 620, 30, 30), new Color(0x5a3624));
        g.setColor(new Color(0x4a2a1c));
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 3; col++) {
                g.fill(new RoundRectangle2D.Double(395 + col * 140, 340 + row * 140, 120, 120, 16, 16));
            }
        }
        outlined(g, new RoundRectangle2D.Double(330, 640, 540, 300, 20, 20), new Color(0xd8b36a));
    }

    static void vegetableBox(Graphics2D g, int vegetables) {
        Color[] colours = {new Color(0xe07a3c), new Color(0x6fa35a), new Color(0xc9483b), new Color(0x8e5ea2),
                new Color(0xe8c547)};
        for (int i = 0; i < vegetables; i++) {
            double x = 380 + i * (440.0 / Math.max(1, vegetables - 1)) - 80;
            outlined(g, new Ellipse2D.Double(x, 380 - (i % 2) * 60, 160, 200), colours[i % colours.length]);
            leaf(g, x + 80, 370 - (i % 2) * 60, 0.5);
        }
        outlined(g, new RoundRectangle2D.Double(300, 560, 600, 360, 20, 20), new Color(0xc8a06a));
        g.draw(new java.awt.geom.Line2D.Double(300, 680, 900, 680));
    }

    static void tofu(Graphics2D g) {
        outlined(g, new RoundRectangle2D.Double(260, 560, 680, 300, 40, 40), new Color(0x6e9fc0));
        Path2D block = new Path2D.Double();
        block.moveTo(380, 520);
        block.lineTo(760, 520);
        block.lineTo(840, 440);
        block.lineTo(460, 440);
        block.closePath();
        outlined(g, block, new Color(0xfbfaf4));
        outlined(g, new java.awt.Rectangle(380, 520, 380, 220), new Color(0xf4f1e6));
        Path2D side = new Path2D.Double();
        side.moveTo(760, 520);
        side.lineTo(840, 440);
        side.lineTo(840, 660);
        side.lineTo(760, 740);
        side.closePath();
        outlined(g, side, new Color(0xe6e1d0));
    }

    static void eggs(Graphics2D g) {
        outlined(g, new RoundRectangle2D.Double(230, 560, 740, 320, 40, 40), new Color(0xb9a98c));
        for (int i = 0; i < 5; i++) {
            outlined(g, new Ellipse2D.Double(260 + i * 140, 400 + (i % 2) * 40, 120, 160), new Color(0xf1dcc0));
        }
    }

    static void wraps(Graphics2D g) {
        Color[] colours = {new Color(0xe8c547), new Color(0x6fa35a), new Color(0xd98f8f)};
        for (int i = 0; i < 3; i++) {
            outlined(g, new RoundRectangle2D.Double(300 + i * 90, 300 + i * 110, 420, 420, 30, 30), colours[i]);
            g.setColor(INK);
            for (int dot = 0; dot < 4; dot++) {
                g.fill(new Ellipse2D.Double(360 + i * 90 + dot * 90, 360 + i * 110, 24, 24));
            }
        }
    }

    static void toothbrush(Graphics2D g) {
        var saved = g.getTransform();
        g.rotate(Math.toRadians(-35), 600, 600);
        outlined(g, new RoundRectangle2D.Double(200, 560, 620, 80, 80, 80), new Color(0xc8a06a));
        outlined(g, new RoundRectangle2D.Double(800, 540, 200, 120, 40, 40), new Color(0xc8a06a));
        g.setColor(new Color(0xf7f7f2));
        g.fill(new RoundRectangle2D.Double(820, 440, 170, 100, 20, 20));
        g.setColor(INK);
        g.draw(new RoundRectangle2D.Double(820, 440, 170, 100, 20, 20));
        g.setTransform(saved);
    }

    static void soap(Graphics2D g) {
        outlined(g, new RoundRectangle2D.Double(300, 420, 600, 380, 140, 140), new Color(0xf0e2c4));
        outlined(g, new RoundRectangle2D.Double(380, 500, 440, 220, 100, 100), new Color(0xe6d3a8));
        for (int i = 0; i < 3; i++) {
            outlined(g, new Ellipse2D.Double(720 + i * 70, 300 - i * 60, 90, 90), new Color(0xe3f0f6));
        }
    }

    static void shoppingBag(Graphics2D g) {
        g.setColor(INK);
        g.draw(new java.awt.geom.Arc2D.Double(440, 220, 320, 360, 0, 180, java.awt.geom.Arc2D.OPEN));
        outlined(g, new RoundRectangle2D.Double(340, 400, 520, 520, 30, 30), new Color(0xd8c08e));
        leaf(g, 600, 660, 1.0);
    }

    static void straws(Graphics2D g) {
        var saved = g.getTransform();
        for (int i = 0; i < 2; i++) {
            g.setTransform(saved);
            g.rotate(Math.toRadians(-12 + i * 24), 600, 900);
            outlined(g, new RoundRectangle2D.Double(560, 250, 80, 650, 60, 60), new Color(0xdcecf3));
        }
        g.setTransform(saved);
        outlined(g, new RoundRectangle2D.Double(300, 760, 600, 60, 30, 30), new Color(0x8fb39b));
    }

    static void diapers(Graphics2D g) {
        for (int i = 0; i < 5; i++) {
            outlined(g, new RoundRectangle2D.Double(330, 330 + i * 110, 540, 130, 30, 30),
                    i % 2 == 0 ? new Color(0xf7f7f2) : new Color(0xeae4f2));
        }
    }

    static void bodysuit(Graphics2D g) {
        Path2D suit = new Path2D.Double();
        suit.moveTo(480, 300);
        suit.quadTo(600, 380, 720, 300);
        suit.lineTo(880, 380);
        suit.lineTo(820, 520);
        suit.lineTo(760, 490);
        suit.lineTo(760, 780);
        suit.quadTo(700, 900, 640, 900);
        suit.lineTo(560, 900);
        suit.quadTo(500, 900, 440, 780);
        suit.lineTo(440, 490);
        suit.lineTo(380, 520);
        suit.lineTo(320, 380);
        suit.closePath();
        outlined(g, suit, new Color(0xf4efe6));
        for (int i = 0; i < 3; i++) {
            outlined(g, new Ellipse2D.Double(585, 560 + i * 90, 30, 30), new Color(0xd3c8e2));
        }
    }

    static void book(Graphics2D g, Color cover, double scale) {
        double w = 460 * scale;
        double h = 620 * scale;
        double x = 600 - w / 2;
        double y = 600 - h / 2;
        outlined(g, new java.awt.Rectangle.Double(x + 30, y + 30, w, h), new Color(0xf7f3ea));
        outlined(g, new java.awt.Rectangle.Double(x, y, w, h), cover);
        outlined(g, new java.awt.Rectangle.Double(x + w * 0.15, y + h * 0.2, w * 0.7, h * 0.25), new Color(0xf7f3ea));
        leaf(g, 600, y + h * 0.7, 0.8 * scale);
    }
}
