package shop.dozo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ShopApi;
import shop.dozo.launcher.archive.Manifest;

/** The owner takes the whole shop home in one file and puts it into a new, empty shop: everything comes back. */
class ShopArchiveRoundTripTest {

    @TempDir
    Path temp;

    private DozoScript source;
    private DozoScript target;

    @AfterEach
    void down() throws Exception {
        if (source != null) {
            source.run("down");
        }
        if (target != null) {
            target.run("down");
        }
    }

    @Test
    void exportIntoAFreshShopBringsBackEveryRowAndImage() throws Exception {
        source = dozo("source");
        DozoScript.Result up = source.run("up");
        assertEquals(0, up.exitCode(), up.output());
        LocalStack shop = stack("source", source);
        String token = signIn(shop, up.output());
        ShopApi staff = new ShopApi(token);
        assertEquals(201, staff.post(shop.url("catalog-service") + "/api/staff/products",
                "{\"sku\":\"ARC-ONLY-1\",\"category\":\"books\",\"name\":\"持ち出しの記録\",\"priceYen\":1500,\"taxRate\":10,\"stock\":3}")
                .status());
        uploadImage(shop, token);
        editThePageTwice(shop, staff);
        String firstOrder = twoHundredOrders(shop);
        reviewIsVerifiedAgainstTheRealOrder(shop, firstOrder);

        Path archive = temp.resolve("kotori-sha.zip");
        DozoScript.Result export = source.run("export", "--out", archive.toString());
        assertEquals(0, export.exitCode(), export.output());
        assertEquals(0, source.run("verify", archive.toString()).exitCode());

        target = dozo("target").with("DOZO_SEED", "false");
        assertEquals(0, target.run("up").exitCode());

        Path tampered = tamper(archive, temp.resolve("tampered.zip"));
        DozoScript.Result refused = target.run("import", tampered.toString());
        assertNotEquals(0, refused.exitCode());
        assertTrue(refused.output().contains("nothing was written"), refused.output());
        assertTrue(refused.output().contains("catalog/products.ndjson is damaged"), refused.output());
        assertEquals(404, new ShopApi(null).get(stack("target", target).url("catalog-service")
                + "/api/products/ARC-ONLY-1").status(), "the tampered archive wrote nothing");

        DozoScript.Result imported = target.run("import", archive.toString());
        assertEquals(0, imported.exitCode(), imported.output());
        DozoScript.Result again = target.run("import", archive.toString());
        assertNotEquals(0, again.exitCode(), "a second import into a now non-empty shop needs --into-non-empty");
        assertEquals(0, target.run("import", archive.toString(), "--into-non-empty").exitCode(),
                "re-running an import (after an interruption) is safe");

        Path copy = temp.resolve("after-import.zip");
        assertEquals(0, target.run("export", "--out", copy.toString()).exitCode());
        assertEquals(entryHashes(archive), entryHashes(copy), "every table and every image is identical");
        assertEquals(200, new ShopApi(null).get(stack("target", target).url("catalog-service")
                + "/api/products/ARC-ONLY-1").status());
        ShopApi.Reply revisions = new ShopApi(stack("target", target).ownerToken())
                .get(stack("target", target).url("content-service") + "/api/staff/pages/shipping/revisions");
        assertEquals(200, revisions.status(), revisions.body());
        assertTrue(revisions.body().contains("送料の改定") && revisions.body().contains("クール便の追記"),
                "the page's whole history came back: " + revisions.body());
        assertEquals(200, new ShopApi(null).get(stack("target", target).url("cart-service") + "/api/orders/lookup?number="
                + firstOrder + "&email=buyer-0@example.jp").status(), "a shopper finds their order in the restored shop");
    }

    /** Two staff edits of a demo page: the archive must carry all three revisions, not only the latest text. */
    private static void editThePageTwice(LocalStack shop, ShopApi staff) {
        String page = shop.url("content-service") + "/api/staff/pages/shipping";
        for (String[] edit : new String[][] { { "2", "送料の改定", "全国一律800円（税込）。" },
                { "3", "クール便の追記", "全国一律800円（税込）。クール便は+330円です。" } }) {
            int current = Integer.parseInt(edit[0]) - 1;
            ShopApi.Reply saved = staff.put(page, "{\"title\":\"送料・お届けについて\",\"body\":\"" + edit[2]
                    + "\",\"status\":\"published\",\"note\":\"" + edit[1] + "\",\"revision\":" + current + "}");
            assertEquals(200, saved.status(), saved.body());
            assertTrue(saved.body().contains("\"revision\":" + edit[0]), saved.body());
        }
    }

    /** The sales history the story's shop lost: 200 orders from 200 shoppers, eight at a time. */
    private static String twoHundredOrders(LocalStack shop) throws Exception {
        String[] skus = { "CP-LINER-01", "OF-TEA-100", "EG-WRAP-3", "BK-GUIDE-01" };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<String>> orders = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                orders.add(pool.submit(() -> Shopper.buysOne(shop, skus[n % skus.length], "buyer-" + n + "@example.jp")));
            }
            for (var order : orders) {
                order.get();
            }
            return orders.get(0).get();
        } finally {
            pool.shutdown();
        }
    }

    /** review-service asks the real cart-service whether this shopper bought this product. */
    private static void reviewIsVerifiedAgainstTheRealOrder(LocalStack shop, String orderNumber) {
        ShopApi.Reply review = new ShopApi(null).post(shop.url("review-service") + "/api/reviews",
                "{\"sku\":\"CP-LINER-01\",\"rating\":5,\"title\":\"毎日使っています\",\"body\":\"肌ざわりがやさしく、洗ってもへたりません。\","
                        + "\"nickname\":\"みどり\",\"orderNumber\":\"" + orderNumber + "\",\"email\":\"buyer-0@example.jp\"}");
        assertEquals(202, review.status(), review.body());
        assertTrue(review.body().contains("\"verifiedPurchase\":true"), review.body());
        ShopApi.Reply stranger = new ShopApi(null).post(shop.url("review-service") + "/api/reviews",
                "{\"sku\":\"CP-REG-01\",\"rating\":1,\"title\":\"買っていないけれど\",\"body\":\"注文番号を借りて書いてみたレビューです。\","
                        + "\"nickname\":\"だれか\",\"orderNumber\":\"" + orderNumber + "\",\"email\":\"someone@example.jp\"}");
        assertEquals(202, stranger.status(), stranger.body());
        assertTrue(stranger.body().contains("\"verifiedPurchase\":false"), stranger.body());
    }

    private DozoScript dozo(String name) {
        LocalStack.Settings ports = LocalStack.Settings.forTest(temp.resolve(name), StackConfig.builtServices());
        return new DozoScript(temp.resolve(name), ports.httpPortBase(), ports.dbPort(), ports.s3Port(),
                ports.backupS3Port());
    }

    private static LocalStack stack(String name, DozoScript script) {
        Map<String, String> env = script.environment();
        return new LocalStack(StackConfig.from(env).settings(true));
    }

    private static String signIn(LocalStack shop, String upOutput) {
        Matcher line = Pattern.compile("Staff sign-in:\\s+(\\S+) / (\\S+)").matcher(upOutput);
        assertTrue(line.find());
        ShopApi.Reply login = new ShopApi(null).post(shop.url("content-service") + "/api/auth/token",
                "{\"email\":\"" + line.group(1) + "\",\"password\":\"" + line.group(2) + "\"}");
        Matcher token = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(login.body());
        assertTrue(token.find(), login.body());
        return token.group(1);
    }

    private static void uploadImage(LocalStack shop, String token) throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x2f6b3a);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(shop.url("content-service") + "/api/staff/media?alt=test"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "image/png")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(png.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
    }

    /** Path → SHA-256 of every entry but the manifest's own creation data. */
    private static Map<String, String> entryHashes(Path archive) throws Exception {
        try (ZipFile zip = new ZipFile(archive.toFile());
                InputStream manifest = zip.getInputStream(zip.getEntry("manifest.json"))) {
            Map<String, String> hashes = new TreeMap<>();
            for (Manifest.Entry entry : new ObjectMapper().readValue(manifest, Manifest.class).entries()) {
                hashes.put(entry.path(), entry.sha256());
            }
            assertTrue(hashes.keySet().stream().anyMatch(path -> path.startsWith("media/")), "an image is inside");
            return hashes;
        }
    }

    /** Changes one price in the products table, keeping the manifest: what bit rot or a hand edit does. */
    private static Path tamper(Path archive, Path target) throws Exception {
        try (ZipFile zip = new ZipFile(archive.toFile()); OutputStream file = Files.newOutputStream(target);
                ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("catalog/products.ndjson")) {
                    bytes = new String(bytes, "UTF-8").replace("\"price_yen\":1500", "\"price_yen\":15").getBytes("UTF-8");
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
            }
        }
        return target;
    }
}
