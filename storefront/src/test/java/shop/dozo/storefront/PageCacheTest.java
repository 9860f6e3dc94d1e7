package shop.dozo.storefront;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.ShopApi;

/**
 * The rendered-page cache of the anonymous home, product and category pages (PageCache): what one browser gets
 * never carries another's CSRF token, cart or session; ETag/304; a staff price change shows within the stated
 * bound while the cart and checkout price fresh; the language; bad input.
 */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
@Order(35)
class PageCacheTest {
    /** dozo.page-cache.ttl (10 s) + the catalogue cache (10 s), as docs/design.md states, plus slack for the test. */
    private static final long BOUND_MS = 20_000;
    private static final String HEADER = "X-Dozo-Page-Cache";

    @Test
    void aSecondBrowserGetsACachedPageWithItsOwnTokenNeverTheFirstOnesNorItsCart() {
        Shopper first = new Shopper();
        first.get("/product/OF-SHOYU-900").then().statusCode(200);
        first.post("/cart/add", Map.of("sku", "OF-SHOYU-900", "quantity", "1")).then().statusCode(303);
        assertTrue(first.get("/cart").asString().contains("data-sku=\"OF-SHOYU-900\""));

        Shopper second = new Shopper();
        Response page = second.get("/product/OF-SHOYU-900");
        page.then().statusCode(200).header(HEADER, "hit").header("Cache-Control", "private, no-cache");
        assertNotNull(second.csrf);
        assertNotEquals(first.csrf, second.csrf, "each browser its own token");
        assertFalse(page.asString().contains(first.csrf), "the first browser's token is nowhere on the page");
        assertNotEquals(first.cookies.get("dozo_csrf"), second.cookies.get("dozo_csrf"), "its own nonce cookie");
        assertFalse(page.asString().contains("dozo-csrf-"), "no placeholder left in the bytes");
        assertFalse(second.cookies.containsKey("dozo_cart"), "no cart came with the page");
        assertFalse(second.get("/cart").asString().contains("data-sku=\"OF-SHOYU-900\""), "not the first one's cart");
        // The spliced token is this browser's real one: its form posts are accepted.
        second.get("/product/OF-SHOYU-900").then().header(HEADER, "hit");
        second.post("/cart/add", Map.of("sku", "OF-SHOYU-900", "quantity", "2")).then().statusCode(303);
        assertTrue(second.get("/cart").asString().contains("data-sku=\"OF-SHOYU-900\""));
        // A page without forms is the same for everyone, and a CDN may keep it.
        new Shopper().get("/category/organic-food").then().statusCode(200);
        new Shopper().get("/category/organic-food").then().header(HEADER, "hit")
                .header("Cache-Control", "public, max-age=0, s-maxage=10").header("Vary", "Cookie");
    }

    @Test
    void aSignedInShoppersPageIsNeverCachedNorServedToAnAnonymousOne() {
        Shopper member = new Shopper();
        member.cookies.put("dozo_session", "B".repeat(43));
        String path = "/category/organic-food?sort=name";
        Response signedIn = member.get(path);
        signedIn.then().statusCode(200).header(HEADER, "bypass").header("Cache-Control", "private, no-cache");
        assertTrue(signedIn.asString().contains("mypage-link"), "the header offers My Page");

        Response anonymous = new Shopper().get(path);
        anonymous.then().statusCode(200).header(HEADER, "miss");
        assertFalse(anonymous.asString().contains("mypage-link"), "the member's page was not stored");
        new Shopper().get(path).then().header(HEADER, "hit");
        Response again = member.get(path);
        again.then().header(HEADER, "bypass");
        assertTrue(again.asString().contains("mypage-link"), "the member never gets the anonymous page");
    }

    @Test
    void aMatchingIfNoneMatchIs304AndTheEtagIsPerBrowserWhereThePageCarriesAToken() {
        String etag = new Shopper().get("/").then().statusCode(200).extract().header("ETag");
        assertNotNull(etag);
        Response notModified = given().header("If-None-Match", etag).get("/");
        notModified.then().statusCode(304).header("ETag", etag);
        assertEquals("", notModified.asString());
        given().header("If-None-Match", "\"other\"").get("/").then().statusCode(200).header("ETag", etag);

        Shopper one = new Shopper();
        String tagged = one.get("/product/OF-SHOYU-900").then().statusCode(200).extract().header("ETag");
        one.headers.put("If-None-Match", tagged);
        one.get("/product/OF-SHOYU-900").then().statusCode(304);
        Shopper other = new Shopper();
        other.headers.put("If-None-Match", tagged);
        Response otherPage = other.get("/product/OF-SHOYU-900");
        otherPage.then().statusCode(200);
        assertNotEquals(tagged, otherPage.getHeader("ETag"), "another token, another ETag");
    }

    @Test
    void aPriceChangeShowsWithinTheBoundAndTheCartAndConfirmationAlwaysPriceFresh() throws Exception {
        var shop = ShopStack.get();
        ShopApi owner = new ShopApi(shop.ownerToken());
        String url = shop.url("catalog-service") + "/api/staff/products/OF-TEA-100";
        Shopper shopper = new Shopper();
        Response before = shopper.get("/product/OF-TEA-100");
        assertTrue(before.asString().contains("¥1,080"), "the seeded price");
        shopper.get("/product/OF-TEA-100").then().header(HEADER, "hit");
        String oldTag = shopper.get("/product/OF-TEA-100").getHeader("ETag");
        String current = owner.get(url).body();
        assertEquals(200, owner.put(url, current.replace("\"priceYen\":1080", "\"priceYen\":1090")).status());
        long changed = System.currentTimeMillis();
        try {
            // The page may still be the cached one; the cart and the confirmation are cart-service's prices.
            shopper.post("/cart/add", Map.of("sku", "OF-TEA-100", "quantity", "1")).then().statusCode(303);
            String cart = shopper.get("/cart").asString();
            assertTrue(cart.contains("¥1,090") && !cart.contains("¥1,080"), cart);
            String form = shopper.get("/checkout").then().statusCode(200).extract().asString();
            String confirm = shopper.post("/checkout/confirm", CheckoutTest.address(CheckoutTest.key(form))).then()
                    .statusCode(200).extract().asString();
            assertTrue(confirm.contains("¥1,090") && !confirm.contains("¥1,080"), confirm);

            String page = "";
            Response latest = null;
            while (System.currentTimeMillis() - changed < BOUND_MS + 2_000) {
                latest = new Shopper().get("/product/OF-TEA-100");
                page = latest.asString();
                if (page.contains("¥1,090")) {
                    break;
                }
                Thread.sleep(250);
            }
            long shownAfter = System.currentTimeMillis() - changed;
            assertTrue(page.contains("¥1,090"), "the new price shows within the bound");
            assertTrue(shownAfter <= BOUND_MS + 2_000, shownAfter + " ms");
            shopper.headers.put("If-None-Match", oldTag);
            Response revalidated = shopper.get("/product/OF-TEA-100");
            revalidated.then().statusCode(200);
            assertNotEquals(oldTag, revalidated.getHeader("ETag"), "new bytes, new ETag");
        } finally {
            String now = owner.get(url).body();
            owner.put(url, now.replace("\"priceYen\":1090", "\"priceYen\":1080"));
        }
    }

    @Test
    void langEnAndTheLangCookieGetTheEnglishPageNotTheCachedJapaneseOne() {
        new Shopper().get("/product/OF-MISO-1K");
        new Shopper().get("/product/OF-MISO-1K").then().header(HEADER, "hit");
        assertTrue(new Shopper().get("/product/OF-MISO-1K").asString().contains("<html lang=\"ja\""));

        Shopper english = new Shopper();
        english.get("/product/OF-MISO-1K?lang=en");
        Response hit = english.get("/product/OF-MISO-1K?lang=en");
        hit.then().header(HEADER, "hit");
        assertTrue(hit.asString().contains("<html lang=\"en\""));
        assertTrue(english.setCookieHeaders.get("dozo_lang").contains("dozo_lang=en"), "a hit remembers it too");
        english.setCookieHeaders.clear();
        english.cookies.clear();
        english.cookies.put("dozo_lang", "en");
        Response byCookie = english.get("/product/OF-MISO-1K");
        assertTrue(byCookie.asString().contains("<html lang=\"en\""), "the cookie alone gives English");
        assertTrue(new Shopper().get("/product/OF-MISO-1K").asString().contains("<html lang=\"ja\""));
    }

    @Test
    void badInputStillGets4xxPagesNeverCached() {
        for (int i = 0; i < 2; i++) {
            given().get("/product/NO-SUCH-SKU").then().statusCode(404).header("Cache-Control", "no-store");
            given().get("/product/bad%20sku").then().statusCode(404);
            given().get("/category/no-such-category").then().statusCode(404).header("Cache-Control", "no-store");
            given().get("/category/organic-food?page=999").then().statusCode(404).header("Cache-Control",
                    "no-store");
        }
        for (String path : new String[]{"/category/organic-food?page=abc", "/category/organic-food?sort=%00",
                "/product/OF-SHOYU-900?reviews=-1", "/product/OF-SHOYU-900?lang=xx", "/?lang=en&lang=ja",
                "/category/organic-food?page=1&page=2", "/category/organic-food?page=%zz",
                "/product/OF-SHOYU-900?reviews=%"}) {
            int status = given().get(path).statusCode();
            assertTrue(status < 500, path + " answered " + status);
        }
    }
}
