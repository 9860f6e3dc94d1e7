package shop.dozo.storefront;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import shop.dozo.backing.DemoShopSeeder;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ShopApi;

/**
 * Puts demo/shop.json's pages, news and shop settings into content-service through its staff API, as staff
 * would. Safe next to a seeder that already did: an existing page or post answers 409, settings already saved
 * answer 409 too.
 */
final class DemoContent {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoContent() {
    }

    static void seed(LocalStack stack) throws IOException {
        JsonNode shop = JSON.readTree(DemoShopSeeder.demoFile().toFile());
        ShopApi api = new ShopApi(stack.ownerToken());
        String content = stack.url("content-service");
        if (api.get(content + "/api/pages").status() == 404) {
            System.err.println("content-service here has no pages API yet: no demo content seeded");
            return;
        }
        for (JsonNode page : shop.path("pages")) {
            ObjectNode body = ((ObjectNode) page.deepCopy()).put("status", "published");
            expect(api.post(content + "/api/staff/pages", body.toString()), content + "/api/staff/pages");
        }
        for (JsonNode post : shop.path("news")) {
            ObjectNode body = ((ObjectNode) post.deepCopy()).put("status", "published");
            expect(api.post(content + "/api/staff/news", body.toString()), content + "/api/staff/news");
        }
        JsonNode about = shop.path("shop");
        ObjectNode settings = JSON.createObjectNode().put("name", about.path("name").asText())
                .put("nameEn", about.path("nameEn").asText()).put("tagline", about.path("tagline").asText())
                .put("taglineEn", "Everyday things kind to body and earth")
                .put("footer", "ことり舎 · 登録番号 " + about.path("invoiceRegistrationNumber").asText())
                .put("footerEn", "Kotori-sha · registration " + about.path("invoiceRegistrationNumber").asText())
                .put("legalNoticeSlug", "law").put("version", 0);
        ArrayNode menu = settings.putArray("navigation");
        menu.addObject().put("label", "お店について").put("labelEn", "About us").put("href", "/pages/about");
        expect(api.put(content + "/api/staff/settings", settings.toString()), content + "/api/staff/settings");
    }

    private static void expect(ShopApi.Reply reply, String url) {
        if (!reply.ok() && reply.status() != 409) {
            throw new IllegalStateException("Seeding content failed at " + url + " (" + reply.status() + "): " + reply.body());
        }
    }
}
