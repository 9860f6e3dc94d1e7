package shop.dozo.backing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the demo shop (demo/shop.json) into a running stack through the services' staff APIs, exactly as staff
 * would. Safe to run again: what already exists answers 409 and is left as it is.
 */
public final class DemoShopSeeder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final java.util.Map<String, String> serviceUrls;
    private final JsonNode shop;
    private final Path pictures;
    private final java.util.Map<String, String> pictureIds = new java.util.HashMap<>();
    private final ShopApi api;
    private final List<String> report = new ArrayList<>();

    public DemoShopSeeder(LocalStack stack, Path shopJson) {
        this(urlsOf(stack), stack.ownerToken(), shopJson);
    }

    /** @param serviceUrls base URLs by module name; only the services listed are seeded */
    public DemoShopSeeder(java.util.Map<String, String> serviceUrls, String staffToken, Path shopJson) {
        this.serviceUrls = serviceUrls;
        this.api = new ShopApi(staffToken);
        this.pictures = shopJson.toAbsolutePath().getParent().resolve("images");
        try {
            this.shop = JSON.readTree(shopJson.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo shop " + shopJson + ": " + e.getMessage(), e);
        }
    }

    public static Path demoFile() {
        return Tools.projectRoot().resolve("demo/shop.json");
    }

    /** The SKUs of the demo shop's products, in the file's order. */
    public static List<String> demoSkus() {
        try {
            return JSON.readTree(demoFile().toFile()).path("products").findValuesAsText("sku");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo shop " + demoFile() + ": " + e.getMessage(), e);
        }
    }

    /** @return one line per kind of thing seeded, e.g. "catalog: 30 products created, 0 already there" */
    public List<String> seed() {
        if (serviceUrls.containsKey("content-service")) {
            seedProductPictures(serviceUrls.get("content-service"));
        }
        if (serviceUrls.containsKey("catalog-service")) {
            seedCatalog(serviceUrls.get("catalog-service"));
        }
        if (serviceUrls.containsKey("cart-service")) {
            seedCampaigns(serviceUrls.get("cart-service"));
        }
        if (serviceUrls.containsKey("review-service")) {
            seedReviews(serviceUrls.get("review-service"));
        }
        if (serviceUrls.containsKey("content-service")) {
            seedContent(serviceUrls.get("content-service"));
        }
        return report;
    }

    private static java.util.Map<String, String> urlsOf(LocalStack stack) {
        java.util.Map<String, String> urls = new java.util.HashMap<>();
        stack.settings().services().forEach(module -> urls.put(module, stack.url(module)));
        return urls;
    }

    private void seedCatalog(String catalog) {
        int created = 0;
        int existing = 0;
        for (JsonNode category : shop.path("categories")) {
            ObjectNode body = JSON.createObjectNode()
                    .put("slug", category.path("slug").asText())
                    .put("name", category.path("name").asText())
                    .put("nameEn", category.path("nameEn").asText())
                    .put("sort", category.path("sort").asInt());
            if (!category.path("parent").isNull()) {
                body.put("parent", category.path("parent").asText());
            }
            if (createOrExisting(catalog + "/api/staff/categories", body)) {
                created++;
            } else {
                existing++;
            }
        }
        report.add("catalog: " + created + " categories created, " + existing + " already there");
        created = 0;
        existing = 0;
        for (JsonNode product : shop.path("products")) {
            ObjectNode body = JSON.createObjectNode()
                    .put("sku", product.path("sku").asText())
                    .put("category", product.path("category").asText())
                    .put("name", product.path("name").asText())
                    .put("nameEn", product.path("nameEn").asText())
                    .put("description", product.path("description").asText())
                    .put("priceYen", product.path("priceYen").asInt())
                    .put("taxRate", product.path("taxRate").asInt())
                    .put("cool", product.path("cool").asBoolean(false))
                    .put("recommended", product.path("recommended").asBoolean(false))
                    .put("stock", product.path("stock").asInt())
                    .put("status", "published");
            body.set("tags", product.path("tags"));
            String picture = pictureIds.get(product.path("sku").asText());
            if (picture != null) {
                body.putArray("imageIds").add(picture);
            }
            if (createOrExisting(catalog + "/api/staff/products", body)) {
                created++;
            } else {
                existing++;
            }
        }
        report.add("catalog: " + created + " products created, " + existing + " already there");
    }

    /**
     * Each product's picture (images/SKU.png beside the shop file, drawn by images/DrawDemoImages.java), uploaded
     * through the media API like staff would, with the product's name as its alt text. Seeding again is harmless:
     * the same bytes are the same media, answered 200.
     */
    private void seedProductPictures(String content) {
        int uploaded = 0;
        for (JsonNode product : shop.path("products")) {
            Path file = pictures.resolve(product.path("sku").asText() + ".png");
            if (!java.nio.file.Files.isRegularFile(file)) {
                continue;
            }
            byte[] png;
            try {
                png = java.nio.file.Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the demo picture " + file + ": " + e.getMessage(), e);
            }
            String url = content + "/api/staff/media?alt="
                    + java.net.URLEncoder.encode(product.path("name").asText(),
                            java.nio.charset.StandardCharsets.UTF_8);
            ShopApi.Reply reply = retryingWhileUnavailable(() -> api.postBytes(url, "image/png", png));
            if (!reply.ok()) {
                throw seedingFailed(url, reply);
            }
            try {
                pictureIds.put(product.path("sku").asText(), JSON.readTree(reply.body()).path("id").asText());
            } catch (IOException e) {
                throw seedingFailed(url, reply);
            }
            uploaded++;
        }
        report.add("content: " + uploaded + " product pictures uploaded");
    }

    private void seedCampaigns(String cart) {
        int created = 0;
        for (JsonNode campaign : shop.path("campaigns")) {
            ObjectNode body = JSON.createObjectNode().put("code", campaign.path("code").asText())
                    .put("name", campaign.path("name").asText())
                    .put("pointsMultiplier", campaign.path("pointsMultiplier").asInt())
                    .put("startsAt",
                            java.time.OffsetDateTime.parse(campaign.path("startsAt").asText()).toInstant().toString())
                    .put("endsAt",
                            java.time.OffsetDateTime.parse(campaign.path("endsAt").asText()).toInstant().toString());
            if (createOrExisting(cart + "/api/staff/campaigns", body)) {
                created++;
            }
        }
        report.add("cart: " + created + " points campaigns created");
    }

    /** The demo reviews arrive approved; their externalId makes a second seeding a no-op (200 instead of 201). */
    private void seedReviews(String review) {
        int created = 0;
        int existing = 0;
        int number = 0;
        for (JsonNode demo : shop.path("reviews")) {
            ObjectNode body = ((ObjectNode) demo.deepCopy()).put("externalId", "demo-review-" + ++number)
                    .put("status", "approved");
            if (createOrExisting(review + "/api/staff/reviews", body)) {
                created++;
            } else {
                existing++;
            }
        }
        report.add("reviews: " + created + " approved reviews created, " + existing + " already there");
    }

    /** Pages and news arrive published; the shop's name, tagline, footer and menu become its settings. */
    private void seedContent(String content) {
        int created = 0;
        for (JsonNode page : shop.path("pages")) {
            if (createOrExisting(content + "/api/staff/pages",
                    ((ObjectNode) page.deepCopy()).put("status", "published"))) {
                created++;
            }
        }
        for (JsonNode post : shop.path("news")) {
            if (createOrExisting(content + "/api/staff/news",
                    ((ObjectNode) post.deepCopy()).put("status", "published"))) {
                created++;
            }
        }
        report.add("content: " + created + " pages and news posts created");
        JsonNode about = shop.path("shop");
        String registration = about.path("invoiceRegistrationNumber").asText();
        ObjectNode settings = JSON.createObjectNode().put("name", about.path("name").asText())
                .put("nameEn", about.path("nameEn").asText()).put("tagline", about.path("tagline").asText())
                .put("taglineEn", "Everyday things kind to body and earth")
                .put("footer", about.path("name").asText() + " · 登録番号 " + registration)
                .put("footerEn", about.path("nameEn").asText() + " · registration " + registration)
                .put("legalNoticeSlug", "law").put("version", 0);
        settings.putArray("navigation").addObject().put("label", "お店について").put("labelEn", "About us")
                .put("href", "/pages/about");
        // Version 0 is only accepted while nothing was saved yet: a 409 means the owner's own settings stay.
        String url = content + "/api/staff/settings";
        ShopApi.Reply saved = retryingWhileUnavailable(() -> api.put(url, settings.toString()));
        if (!saved.ok() && saved.status() != 409) {
            throw seedingFailed(url, saved);
        }
    }

    /** @return true when created, false when it already existed; anything else is an error worth stopping for. */
    private boolean createOrExisting(String url, JsonNode body) {
        ShopApi.Reply reply = retryingWhileUnavailable(() -> api.post(url, body.toString()));
        if (reply.status() == 201) {
            return true;
        }
        if (reply.status() == 409 || reply.status() == 200) {
            return false;
        }
        throw seedingFailed(url, reply);
    }

    /**
     * A 503 while seeding is a neighbour still warming up (review-service asks the catalogue, whose first answers
     * on a cold JVM can outlast the 2 s timeout): try again, 6 times over about 20 s. Every seeding write is
     * safe to repeat (a 409 says it is already there). A plain loop: this runs in the launcher, without CDI, where
     * SmallRye Fault Tolerance has nothing to attach to.
     */
    private static ShopApi.Reply retryingWhileUnavailable(java.util.function.Supplier<ShopApi.Reply> write) {
        ShopApi.Reply reply = write.get();
        for (int attempt = 1; attempt <= 6 && reply.status() == 503; attempt++) {
            try {
                Thread.sleep(1_000L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return reply;
            }
            reply = write.get();
        }
        return reply;
    }

    private static IllegalStateException seedingFailed(String url, ShopApi.Reply reply) {
        return new IllegalStateException("Seeding failed at " + url + " (" + reply.status() + "): " + reply.body());
    }
}
