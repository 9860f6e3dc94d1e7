package shop.dozo.storefront;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.ShopApi;

/**
 * Same-origin safety as an attacker would probe it: broken form bodies, a hostile request line or Host header,
 * hostile menu links saved by staff, and cross-site form posts that carry a valid token.
 */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
@Order(25)
class SameOriginSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FRIENDLY_400 = "送信された内容を読み取れませんでした";

    @Inject
    @CacheName("content-settings")
    Cache settingsCache;

    // --- 1. A malformed form body is the shopper's mistake (or an attack): 400 with a page, never 5xx.

    @Test
    void aBrokenMultipartBodyGetsAFriendly400Page() {
        Shopper shopper = new Shopper();
        shopper.get("/product/CP-LINER-01").then().statusCode(200);
        for (String path : List.of("/cart/add", "/cart/update", "/cart/remove", "/checkout", "/order/lookup",
                "/product/CP-LINER-01/reviews")) {
            String body = "--xyz\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + shopper.csrf
                    + "\r\n--xyz\r\nContent-Disposition: form-data; name=\"sku\"\r\n\r\nCP-LIN";
            String page = given().redirects().follow(false).cookies(shopper.cookies)
                    .contentType("multipart/form-data; boundary=xyz").body(body.getBytes(StandardCharsets.UTF_8))
                    .post(path).then().statusCode(400).contentType("text/html").extract().asString();
            assertTrue(page.contains(FRIENDLY_400), path + ": " + page);
            assertTrue(page.contains("<html lang=\"ja\">"), "Japanese first");
        }
    }

    @Test
    void otherMalformedFormBodiesAre4xxWithAPage() {
        Shopper shopper = new Shopper();
        shopper.get("/product/CP-LINER-01").then().statusCode(200);
        Map<String, String> bodies = Map.of(
                "multipart/form-data", "--x\r\n\r\n",
                "multipart/form-data; boundary=", "garbage",
                "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data\r\n\r\nno name\r\n--b--\r\n",
                "application/x-www-form-urlencoded; charset=UTF-8", "sku=%zz&quantity=%&_csrf=" + shopper.csrf);
        for (Map.Entry<String, String> bad : bodies.entrySet()) {
            io.restassured.specification.RequestSpecification request = given().redirects().follow(false)
                    .cookies(shopper.cookies).contentType(bad.getKey());
            // rest-assured sends multipart only as bytes and a form body only as text
            Response answer = (bad.getKey().startsWith("multipart/")
                    ? request.body(bad.getValue().getBytes(StandardCharsets.UTF_8)) : request.body(bad.getValue()))
                    .post("/cart/add");
            assertTrue(answer.statusCode() >= 400 && answer.statusCode() < 500,
                    bad + " → " + answer.statusCode() + " " + answer.asString());
            assertTrue(answer.getContentType().startsWith("text/html"), bad + " → " + answer.getContentType());
        }
    }

    // --- 2. Links come from the normalised path; redirects never name a host.

    @Test
    void aHostileRequestLineNeverBecomesALinkToAnotherSite() throws IOException, InterruptedException {
        // A cold catalog-service may miss the storefront's 2 s search timeout (a 503 by design): warm it first.
        for (int visit = 0; visit < 5 && given().get("/search?q=x").statusCode() >= 500; visit++) {
            Thread.sleep(1000);
        }
        for (String target : List.of("//evil.example/%2e%2e/search?q=x", "/%2F%2Fevil.example/%2e%2e/search?q=x",
                "/\\evil.example/%2e%2e/search?q=x", "//evil.example/%2e%2e/cart")) {
            String answer = rawGet(target);
            String status = answer.substring(0, answer.indexOf("\r\n"));
            assertFalse(status.matches("HTTP/1\\.1 5\\d\\d.*"), target + " → " + status);
            for (String href : hrefs(answer)) {
                assertFalse(href.startsWith("//") || href.startsWith("/\\") || href.contains("evil.example"),
                        target + " gave the link " + href);
            }
            assertFalse(answer.contains("evil.example"), target + " is echoed somewhere: " + answer);
        }
    }

    @Test
    void theLanguageLinkKeepsThePageAndItsQuery() {
        String html = given().queryParam("q", "布").get("/search").then().statusCode(200).extract().asString();
        assertTrue(html.contains("href=\"/search?q=%E5%B8%83&amp;lang=en\""), "the same page in English");
    }

    @Test
    void redirectsArePathsAndNeverReflectTheHostHeader() {
        Shopper shopper = new Shopper();
        shopper.get("/product/CP-LINER-01").then().statusCode(200);
        Response added = given().redirects().follow(false).cookies(shopper.cookies).header("Host", "evil.example")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(Map.of("sku", "CP-LINER-01", "quantity", "x", "_csrf", shopper.csrf)).post("/cart/add");
        added.then().statusCode(303);
        assertEquals("/product/CP-LINER-01?cart=bad_quantity", added.getHeader("Location"));

        Response expired = given().redirects().follow(false).header("Host", "evil.example").get("/order/thanks");
        expired.then().statusCode(303);
        assertEquals("/order/lookup?expired=1", expired.getHeader("Location"));
    }

    // --- 3. A menu link staff saved never sends the shopper to another site.

    @Test
    void hostileMenuLinksAreNeverShown() {
        String content = ShopStack.get().url("content-service");
        ShopApi staff = new ShopApi(ShopStack.get().ownerToken());
        JsonNode original = read(staff.get(content + "/api/staff/settings"));
        try {
            for (String href : List.of("/\\evil.example", "/\\/evil.example", "\\\\evil.example", "//evil.example",
                    "/\t/evil.example", "/\n/evil.example", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
                    " javascript:alert(1)", "data:text/html,x", "https:\\\\evil.example", "http:/\\evil.example",
                    "https://evil.example\\@shop", "/%5Cevil.example\u0000")) {
                ShopApi.Reply saved = save(staff, content, original, href);
                if (saved.status() == 400) {
                    continue; // content-service refused it already: it can never reach a page
                }
                assertEquals(200, saved.status(), saved.body());
                settingsCache.invalidateAll().await().indefinitely();
                String home = given().get("/").then().statusCode(200).extract().asString();
                assertTrue(home.contains("href=\"/pages/about#menu\""), "the settings just saved are shown");
                assertFalse(home.contains(">罠<"), href + " was shown as a menu link");
            }
        } finally {
            JsonNode current = read(staff.get(content + "/api/staff/settings"));
            ObjectNode restore = editable(original);
            restore.put("version", current.path("version").asLong());
            staff.put(content + "/api/staff/settings", restore.toString());
            settingsCache.invalidateAll().await().indefinitely();
        }
    }

    private static ShopApi.Reply save(ShopApi staff, String content, JsonNode original, String hostileHref) {
        JsonNode current = read(staff.get(content + "/api/staff/settings"));
        ObjectNode settings = editable(original);
        settings.put("version", current.path("version").asLong());
        ArrayNode menu = settings.putArray("navigation");
        menu.addObject().put("label", "お店について").put("labelEn", "About us").put("href", "/pages/about#menu");
        menu.addObject().put("label", "罠").put("labelEn", "Trap").put("href", hostileHref);
        return staff.put(content + "/api/staff/settings", settings.toString());
    }

    /** The settings as a staff save: without who saved them and when. */
    private static ObjectNode editable(JsonNode view) {
        ObjectNode settings = view.deepCopy();
        settings.remove(List.of("updatedAt", "updatedBy"));
        return settings;
    }

    // --- 4. CSRF: a valid token is not enough when the browser says the form came from another site.

    @Test
    void aCrossSitePostWithAValidTokenIsRefused() {
        Shopper shopper = new Shopper();
        shopper.get("/product/EG-SOAP-01").then().statusCode(200);
        Map<String, String> form = Map.of("sku", "EG-SOAP-01", "quantity", "1", "_csrf", shopper.csrf);
        for (String[] header : new String[][]{{"Origin", "http://evil.example"}, {"Origin", "null"},
                {"Origin", "http://localhost.evil.example:" + RestAssured.port},
                {"Origin", "https://localhost:" + (RestAssured.port + 1)},
                {"Referer", "http://evil.example/shop.html"}}) {
            String refused = given().redirects().follow(false).cookies(shopper.cookies).header(header[0], header[1])
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form)
                    .post("/cart/add").then().statusCode(403).contentType("text/html").extract().asString();
            assertTrue(refused.contains("この操作は受け付けられませんでした"), String.join(": ", header));
        }
        assertFalse(shopper.cookies.containsKey("dozo_cart"), "no cart was made");

        String self = "http://localhost:" + RestAssured.port;
        given().redirects().follow(false).cookies(shopper.cookies).header("Origin", self)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).post("/cart/add")
                .then().statusCode(303);
        given().redirects().follow(false).cookies(shopper.cookies).header("Referer", self + "/product/EG-SOAP-01")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form).post("/cart/add")
                .then().statusCode(303);
    }

    /** HTTP clients tidy the request target; a socket sends it exactly as an attacker would. */
    private static String rawGet(String target) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost:" + RestAssured.port
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> hrefs(String html) {
        return java.util.regex.Pattern.compile("(?:href|action|src)=\"([^\"]*)\"").matcher(html).results()
                .map(m -> m.group(1).replace("&amp;", "&")).toList();
    }

    private static JsonNode read(ShopApi.Reply reply) {
        try {
            assertTrue(reply.ok(), reply.body());
            return JSON.readTree(reply.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
