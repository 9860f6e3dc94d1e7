package shop.dozo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ShopApi;
import shop.dozo.launcher.archive.Manifest;
import shop.dozo.launcher.awkward.AwkwardBodies;
import shop.dozo.launcher.backup.Backups;

/**
 * The property test of "never lose the shop": a shop filled through its real APIs with every class of accepted
 * but awkward text in every text field the OpenAPI documents describe, images, and orders placed concurrently
 * while staff edit. Then the drill is 100 % equal, export → import into an empty shop is 100 % equal, and a
 * point-in-time restore to a moment in the middle of the writes holds exactly what was committed before it.
 */
class AwkwardShopRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private DozoScript source;
    private DozoScript target;

    @AfterEach
    void down() throws Exception {
        for (DozoScript shop : new DozoScript[]{source, target}) {
            if (shop != null) {
                shop.run("down");
            }
        }
    }

    @Test
    void everyAcceptedTextComesBackThroughDrillExportImportAndPointInTimeRestore() throws Exception {
        source = DozoScript.onFreePorts(temp.resolve("source"));
        DozoScript.Result up = source.run("up");
        assertEquals(0, up.exitCode(), up.output());
        assertTrue(up.output().contains("first full backup of this data folder"), up.output());
        LocalStack shop = source.stack();
        AwkwardShop awkward = new AwkwardShop(shop);
        awkward.fillEveryEntity();
        // Placed after the full backup: only the archived binary logs can bring these back.
        List<String> beforeCut = awkward.ordersWhileStaffEdit(24);

        // A quiet moment in the middle of the writes: what the databases hold now is what a restore to it must give.
        // The orders' mails are sent first: the outbox job marks each one sent, a write of its own.
        allMailsSent(shop);
        Instant cut = quietMoment();
        Map<String, Long> atCut = checksums(shop);
        Thread.sleep(1_200);
        assertEquals(atCut, checksums(shop), "nothing writes on its own during the quiet moment");
        List<String> afterCut = awkward.ordersWhileStaffEdit(8);

        DozoScript.Result whileUp = source.run("restore");
        assertTrue(whileUp.exitCode() != 0 && whileUp.output().contains("Stop the shop first"), whileUp.output());
        DozoScript.Result badTime = source.run("restore", "--to", "yesterday");
        assertTrue(badTime.exitCode() != 0 && badTime.output().contains("is not a UTC time"), badTime.output());

        DozoScript.Result drill = source.run("drill");
        assertEquals(0, drill.exitCode(), drill.output());
        assertTrue(drill.output().contains("100 % restored, nothing lost"), drill.output());
        ShopApi.Reply status =
                new ShopApi(shop.ownerToken()).get(shop.url("content-service") + "/api/staff/operations");
        assertTrue(status.body().contains("\"last-drill\"") && status.body().contains("100 % restored")
                && status.body().contains("\"last-full-backup\""), "staff see the drill's success: " + status.body());

        Path archive = temp.resolve("awkward.zip");
        assertEquals(0, source.run("export", "--out", archive.toString()).exitCode());
        assertEquals(0, source.run("verify", archive.toString()).exitCode());
        target = DozoScript.onFreePorts(temp.resolve("target")).with("DOZO_SEED", "false");
        assertEquals(0, target.run("up").exitCode());
        String someProduct = target.stack().url("catalog-service") + "/api/products/" + awkward.skus.get(0);
        DozoScript.Result refused = target.run("import", tamper(archive, temp.resolve("tampered.zip")).toString());
        assertTrue(refused.exitCode() != 0 && refused.output().contains("nothing was written")
                && refused.output().contains("catalog/products.ndjson is damaged"), refused.output());
        assertEquals(404, new ShopApi(null).get(someProduct).status(), "the tampered archive wrote nothing");
        // In parts of 7 rows, as a big shop's tables go in parts of 5,000: the re-export below proves they add up.
        target = target.with("DOZO_IMPORT_PART_ROWS", "7");
        DozoScript.Result imported = target.run("import", archive.toString());
        assertEquals(0, imported.exitCode(), imported.output());
        assertTrue(target.run("import", archive.toString()).exitCode() != 0,
                "a second import into a now non-empty shop needs --into-non-empty");
        assertEquals(0, target.run("import", archive.toString(), "--into-non-empty").exitCode(),
                "re-running an import (after an interruption) is safe");
        ShopApi.Reply importedOrder = new ShopApi(target.stack().ownerToken()).get(target.stack().url("cart-service")
                + "/api/staff/orders/" + beforeCut.get(0));
        assertEquals(200, importedOrder.status(), "the imported shop serves its orders: " + importedOrder.body());
        ShopApi.Reply link = new ShopApi(null).post(target.stack().url("cart-service") + "/api/orders/link",
                "{\"token\":\"" + awkward.lookupLinks.get(beforeCut.get(0)) + "\"}");
        assertTrue(link.status() == 200 && link.body().contains(beforeCut.get(0)),
                "the secret link on a shopper's thank-you page opens the order in the imported shop: " + link.body());
        Path again = temp.resolve("re-export.zip");
        assertEquals(0, target.run("export", "--out", again.toString()).exitCode());
        assertEquals(entryHashes(archive), entryHashes(again),
                "every table and image of the awkward shop is identical");
        target.run("down");
        target = null;

        assertEquals(0, source.run("down").exitCode());
        DozoScript.Result restore = source.run("restore", "--to", cut.toString());
        assertEquals(0, restore.exitCode(), restore.output());
        DozoScript.Result restoredUp = source.run("up");
        assertEquals(0, restoredUp.exitCode(), restoredUp.output());
        assertTrue(restoredUp.output().contains("first full backup of this restored data folder: being taken in the "
                + "background"), "a restored shop serves before its first full backup is done: " + restoredUp.output());
        assertEquals(atCut, checksums(shop), "the restore to " + cut + " holds exactly what was committed before it");
        for (String order : afterCut) {
            assertEquals(404,
                    new ShopApi(shop.ownerToken()).get(shop.url("cart-service") + "/api/staff/orders/" + order)
                            .status(),
                    "order " + order + " was placed after the moment restored to");
        }
        // A drill at once, while the archiver may still be taking that backup: it restores from the restored
        // folder's own backup (not the one restored from, which lacks nothing here but would lack later orders).
        awkward.ordersWhileStaffEdit(2);
        DozoScript.Result drillAfterRestore = source.run("drill");
        assertEquals(0, drillAfterRestore.exitCode(), drillAfterRestore.output());
        assertTrue(drillAfterRestore.output().contains("100 % restored, nothing lost"), drillAfterRestore.output());
        assertTrue(new Backups(shop).hasFullBackupOfThisFolder(), "the restored folder has its own full backup");
        System.out.println("Awkward input classes in every text field: " + AwkwardBodies.inputClasses());
    }

    private static void allMailsSent(LocalStack shop) throws InterruptedException {
        ShopApi staff = new ShopApi(shop.ownerToken());
        long deadline = System.currentTimeMillis() + 180_000;
        String counts = "";
        while (System.currentTimeMillis() < deadline) {
            counts = staff.get(shop.url("cart-service") + "/api/staff/mail/outbox").body();
            if (counts.contains("\"pending\":0")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the outbox did not send the orders' mails: " + counts);
    }

    /** Waits past a second boundary, so a restore --to (whole seconds) falls between writes, not on one. */
    private static Instant quietMoment() throws InterruptedException {
        Thread.sleep(1_100);
        Instant cut = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), cut.plusMillis(1_100)).toMillis()));
        return cut;
    }

    /**
     * CHECKSUM TABLE of every table of the shop's databases but operations_status, where the launcher notes its
     * own backup runs (a restored shop's first archive pass writes there, as it should).
     */
    private static Map<String, Long> checksums(LocalStack shop) throws Exception {
        Map<String, Long> sums = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(shop.database().jdbcUrl(""), "root",
                shop.database().rootPassword())) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = db.createStatement().executeQuery("SELECT CONCAT(table_schema, '.', table_name) "
                    + "FROM information_schema.tables WHERE table_schema LIKE 'dozo\\_%' AND table_type = 'BASE TABLE' "
                    + "AND table_name <> 'operations_status'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet row = db.createStatement().executeQuery("CHECKSUM TABLE " + table)) {
                    row.next();
                    sums.put(table, row.getLong(2));
                }
            }
        }
        assertTrue(sums.size() > 10, "the shop's tables: " + sums.keySet());
        return sums;
    }

    private static Map<String, String> entryHashes(Path archive) throws Exception {
        try (ZipFile zip = new ZipFile(archive.toFile());
                InputStream manifest = zip.getInputStream(zip.getEntry("manifest.json"))) {
            Map<String, String> hashes = new TreeMap<>();
            for (Manifest.Entry entry : JSON.readValue(manifest, Manifest.class).entries()) {
                hashes.put(entry.path(), entry.sha256());
            }
            assertTrue(hashes.keySet().stream().anyMatch(path -> path.startsWith("media/")), "the images are inside");
            return hashes;
        }
    }

    /** Changes one price in the products table, keeping the manifest: what bit rot or a hand edit does. */
    private static Path tamper(Path archive, Path target) throws Exception {
        try (ZipFile zip = new ZipFile(archive.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(
                        java.nio.file.Files.newOutputStream(target))) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("catalog/products.ndjson")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("\"price_yen\":1980", "\"price_yen\":19")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(bytes);
            }
        }
        return target;
    }

    /** The shop the generator builds: one of every entity, each text field awkward, through the real APIs. */
    static final class AwkwardShop {
        private final LocalStack shop;
        private final ShopApi staff;
        private final AwkwardBodies catalog;
        private final AwkwardBodies cart;
        private final AwkwardBodies content;
        private final AwkwardBodies reviews;
        private final List<String> skus = new ArrayList<>();
        private String page;
        private String campaign;

        AwkwardShop(LocalStack shop) {
            this.shop = shop;
            this.staff = new ShopApi(shop.ownerToken());
            catalog = AwkwardBodies.of(shop.managementUrl("catalog-service"));
            cart = AwkwardBodies.of(shop.managementUrl("cart-service"));
            content = AwkwardBodies.of(shop.managementUrl("content-service"));
            reviews = AwkwardBodies.of(shop.managementUrl("review-service"));
        }

        void fillEveryEntity() throws Exception {
            String image = uploadImage();
            created(content.send("AltText", Map.of(), body -> staff.put(url("content-service",
                    "/api/staff/media/" + image + "/alt"), body)));

            String category = created(catalog.send("CategoryRequest", nulls("CategoryRequest.parent"),
                    body -> staff.post(url("catalog-service", "/api/staff/categories"), body))).path("slug").asText();
            for (int taxRate : new int[]{10, 8}) {
                Map<String, Object> product = new HashMap<>(Map.of("ProductRequest.category", category,
                        "ProductRequest.taxRate", taxRate, "ProductRequest.status", "published",
                        "ProductRequest.stock", 1000, "ProductRequest.priceYen", 1980,
                        "ProductRequest.imageIds", List.of(image)));
                skus.add(created(catalog.send("ProductRequest", product,
                        body -> staff.post(url("catalog-service", "/api/staff/products"), body))).path("sku").asText());
            }

            Map<String, Object> document = nulls("DocumentRequest.publishedAt", "DocumentRequest.revision");
            document.put("DocumentRequest.status", "published");
            page = created(content.send("DocumentRequest", document,
                    body -> staff.post(url("content-service", "/api/staff/pages"), body))).path("slug").asText();
            created(content.send("DocumentRequest", document,
                    body -> staff.post(url("content-service", "/api/staff/news"), body)));

            long version =
                    JSON.readTree(staff.get(url("content-service", "/api/staff/settings")).body()).path("version")
                            .asLong();
            created(content.send("SettingsRequest", Map.of("SettingsRequest.version", version,
                    "NavItem.href", "/pages/" + page, "SettingsRequest.legalNoticeSlug", "law"),
                    body -> staff.put(url("content-service", "/api/staff/settings"), body)));
            created(content.send("NewAccount", Map.of("NewAccount.email", "staff-" + UUID.randomUUID() + "@example.jp",
                    "NewAccount.password", "長い合言葉🍵は-" + UUID.randomUUID()),
                    body -> staff.post(url("content-service", "/api/staff/accounts"), body)));

            campaign = created(cart.send("CampaignRequest", Map.of("CampaignRequest.pointsMultiplier", 10,
                    "CampaignRequest.startsAt", AwkwardBodies.at(Duration.ofHours(-1)),
                    "CampaignRequest.endsAt", AwkwardBodies.at(Duration.ofDays(7))),
                    body -> staff.post(url("cart-service", "/api/staff/campaigns"), body))).path("code").asText();

            created(reviews.send("ImportedReviewRequest", Map.of("ImportedReviewRequest.sku", skus.get(0),
                    "ImportedReviewRequest.rating", 4, "ImportedReviewRequest.status", "approved"),
                    body -> staff.post(url("review-service", "/api/staff/reviews"), body)));
            String order = ordersWhileStaffEdit(2).get(0);
            Map<String, Object> review = nulls("ReviewRequest.website");
            review.putAll(Map.of("ReviewRequest.sku", skus.get(0), "ReviewRequest.rating", 5,
                    "ReviewRequest.orderNumber", order, "ReviewRequest.email", emailOf(order)));
            created(reviews.send("ReviewRequest", review,
                    body -> new ShopApi(null).post(url("review-service", "/api/reviews"), body)));
            // A shopper's review answers 202 without its id; staff find it in the moderation queue.
            long id = readTree(staff.get(url("review-service", "/api/staff/reviews?status=pending&sku=" + skus.get(0)))
                    .body()).path("items").path(0).path("id").asLong();
            created(reviews.send("Note", Map.of(), body -> staff.post(url("review-service",
                    "/api/staff/reviews/" + id + "/approve"), body)));
            created(reviews.send("Reply", Map.of(), body -> staff.put(url("review-service",
                    "/api/staff/reviews/" + id + "/reply"), body)));
        }

        private final Map<String, String> emails = new java.util.concurrent.ConcurrentHashMap<>();
        /** The secret link each checkout handed out, as a shopper keeps it from the thank-you page. */
        final Map<String, String> lookupLinks = new java.util.concurrent.ConcurrentHashMap<>();

        private String emailOf(String order) {
            return emails.get(order);
        }

        /** {@code count} orders, six shoppers at a time, while staff keep editing the page; their numbers. */
        List<String> ordersWhileStaffEdit(int count) throws Exception {
            ExecutorService shoppers = Executors.newFixedThreadPool(6);
            AtomicBoolean ordering = new AtomicBoolean(true);
            Thread editor = new Thread(() -> {
                while (ordering.get() && page != null) {
                    editPage();
                }
            });
            editor.start();
            try {
                List<Future<String>> orders = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String sku = skus.get(i % skus.size());
                    orders.add(shoppers.submit(() -> checkout(sku)));
                }
                List<String> numbers = new ArrayList<>();
                for (Future<String> order : orders) {
                    numbers.add(order.get());
                }
                return numbers;
            } finally {
                ordering.set(false);
                editor.join();
                shoppers.shutdown();
            }
        }

        private void editPage() {
            ShopApi.Reply current = staff.get(url("content-service", "/api/staff/pages/" + page));
            int revision = readTree(current.body()).path("revision").asInt();
            Map<String, Object> edit = nulls("DocumentRequest.publishedAt", "DocumentRequest.slug");
            edit.put("DocumentRequest.revision", revision);
            edit.put("DocumentRequest.status", "published");
            created(content.send("DocumentRequest", edit,
                    body -> staff.put(url("content-service", "/api/staff/pages/" + page), body)));
        }

        private String checkout(String sku) {
            ShopApi shopper = new ShopApi(null);
            String token = readTree(shopper.post(url("cart-service", "/api/carts"), "").body()).path("token").asText();
            ShopApi.Reply added = shopper.put(url("cart-service", "/api/carts/" + token + "/items/" + sku),
                    "{\"quantity\":2}");
            assertEquals(200, added.status(), added.body());
            // No points (a guest), no delivery date or slot (指定なし); フリガナ and the mail language have fixed forms.
            Map<String, Object> address = nulls("CheckoutRequest.usePoints", "CheckoutRequest.deliveryDate",
                    "CheckoutRequest.deliverySlot");
            address.putAll(Map.of("CheckoutRequest.fullNameKana", "ヤマダ ハナコ", "CheckoutRequest.lang", "ja"));
            // What a Japanese IME types: full-width digits and dashes.
            address.putAll(Map.of("CheckoutRequest.postalCode", "１５０－０００１", "CheckoutRequest.prefecture", "東京都",
                    "CheckoutRequest.phone", "０３－１２３４－５６７８", "CheckoutRequest.paymentMethod", "bank_transfer",
                    "CheckoutRequest.campaignCode", campaign == null ? "" : campaign));
            String key = UUID.randomUUID().toString();
            AwkwardBodies.Sent order = cart.send("CheckoutRequest", address, body -> shopper.postWithHeader(
                    url("cart-service", "/api/carts/" + token + "/checkout"), "Idempotency-Key", key, body));
            JsonNode placed = created(order);
            String number = placed.path("orderNumber").asText();
            emails.put(number, order.body().path("email").asText());
            lookupLinks.put(number, placed.path("lookupToken").asText());
            return number;
        }

        private String uploadImage() throws Exception {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 8,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            image.setRGB(3, 3, UUID.randomUUID().hashCode());
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", png);
            String alt = URLEncoder.encode("代替テキスト🍵 \"引用\" \\ ｶﾅ", StandardCharsets.UTF_8);
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(url("content-service", "/api/staff/media?alt=" + alt)))
                    .header("Authorization", "Bearer " + shop.ownerToken()).header("Content-Type", "image/png")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(png.toByteArray())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(201, response.statusCode(), response.body());
            return readTree(response.body()).path("id").asText();
        }

        private String url(String service, String path) {
            return shop.url(service) + path;
        }

        private static JsonNode created(AwkwardBodies.Sent sent) {
            assertTrue(sent.reply().ok(), sent.body() + " -> " + sent.reply().status() + " " + sent.reply().body());
            return sent.json();
        }

        private static Map<String, Object> nulls(String... keys) {
            Map<String, Object> map = new HashMap<>();
            for (String key : keys) {
                map.put(key, null);
            }
            return map;
        }

        private static JsonNode readTree(String body) {
            try {
                return JSON.readTree(body);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(body, e);
            }
        }
    }
}
