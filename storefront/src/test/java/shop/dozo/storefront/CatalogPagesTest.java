package shop.dozo.storefront;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.DemoShopSeeder;
import shop.dozo.backing.ShopApi;

/** Browsing without a browser: categories, sorting, paging, search, product facts, 404s, language. */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
@Order(10)
class CatalogPagesTest {

    @Test
    void aSubcategoryShowsWhereItSitsAndItsProducts() {
        String html = given().get("/category/cloth-pads-sets").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<a href=\"/category/cloth-pads\">布ナプキン</a>"), "the parent is a breadcrumb link");
        assertTrue(html.contains("<span aria-current=\"page\">お試しセット</span>"),
                "the category itself is the current crumb");
        assertEquals(List.of("CP-SET-TRIAL", "CP-SET-FULL"), List.copyOf(HomePageTest.skus(html)));
    }

    @Test
    void aCategoryIsSortedAndPagedIncludingItsSubcategories() {
        String first = given().get("/category/cloth-pads?sort=price_asc").then().statusCode(200).extract().asString();
        assertEquals(List.of("CP-WASH-01", "CP-LINER-01", "CP-HOLDER-01", "CP-REG-01", "CP-HEAVY-01", "CP-NIGHT-01"),
                List.copyOf(HomePageTest.skus(first)), "cheapest first, six to a page (test setting)");
        assertTrue(first.contains("8件の商品"), "the count includes the starter sets below");
        assertTrue(first.contains("href=\"/category/cloth-pads?sort=price_asc&amp;page=2\" rel=\"next\""),
                "the next page keeps the sort");
        assertTrue(first.contains("<option value=\"price_asc\" selected>"), "the chosen sort is shown");

        String second =
                given().get("/category/cloth-pads?sort=price_asc&page=2").then().statusCode(200).extract().asString();
        assertEquals(List.of("CP-SET-TRIAL", "CP-SET-FULL"), List.copyOf(HomePageTest.skus(second)));

        String expensiveFirst =
                given().get("/category/cloth-pads?sort=price_desc").then().statusCode(200).extract().asString();
        assertEquals("CP-SET-FULL", HomePageTest.skus(expensiveFirst).iterator().next());
    }

    @Test
    void handEditedListingAddressesStillShowAPage() {
        given().get("/category/cloth-pads?page=abc&sort=bogus").then().statusCode(200);
        given().get("/category/cloth-pads?page=9").then().statusCode(404);
    }

    @Test
    void unknownThingsGetTheFriendly404() {
        for (String path : List.of("/product/NO-SUCH-SKU", "/category/no-such-category", "/category/Bad%20Slug",
                "/no/such/page", "/product/%3Cscript%3E")) {
            String html = given().get(path).then().statusCode(404).contentType("text/html").extract().asString();
            assertTrue(html.contains("ページが見つかりませんでした"), path + " explains itself");
            assertTrue(html.contains("action=\"/search\""), path + " offers a way on");
        }
    }

    @Test
    void searchFindsClothPadsAndEscapesWhatWasTyped() {
        String html = given().queryParam("q", "布ナプキン").get("/search").then().statusCode(200).extract().asString();
        assertTrue(HomePageTest.skus(html).containsAll(List.of("CP-LINER-01", "CP-REG-01", "CP-SET-TRIAL")));
        assertTrue(html.contains("「布ナプキン」の検索結果"));

        String attack = given().queryParam("q", "<script>alert(1)</script>").get("/search").then().statusCode(200)
                .extract().asString();
        assertFalse(attack.contains("<script>alert(1)</script>"), "what a shopper typed is never markup");
        assertTrue(attack.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void aProductShowsItsTaxRateAndStockState() {
        String pad = given().get("/product/CP-LINER-01").then().statusCode(200).extract().asString();
        assertTrue(pad.contains("¥1,100<small>（税込・消費税10%）</small>"), "standard rate shown");
        assertTrue(pad.contains("stock-in-stock"));
        assertTrue(pad.contains("action=\"/cart/add\""));

        String rice = given().get("/product/OF-RICE-5K").then().statusCode(200).extract().asString();
        assertTrue(rice.contains("税込・軽減税率8%"), "food has the reduced rate");

        String honey = given().get("/product/OF-HONEY-300").then().statusCode(200).extract().asString();
        assertTrue(honey.contains("売り切れ"), "no stock is sold out");
        assertFalse(honey.contains("action=\"/cart/add\""), "a sold-out product cannot be added");

        String tofu = given().get("/product/FR-TOFU-01").then().statusCode(200).extract().asString();
        assertTrue(tofu.contains("クール便でお届けします（クール便料金 ¥330）"));
    }

    /**
     * Asks catalog-service for the products rather than opening 30 product pages: a page opened here would sit in
     * the storefront's 30-second cache and hide another test's stock change.
     */
    @Test
    void everyDemoProductHasAPictureThatTheShopServes() {
        String catalog = ShopStack.get().url("catalog-service");
        for (String sku : DemoShopSeeder.demoSkus()) {
            List<String> images = given().baseUri(catalog).get("/api/products/" + sku).then().statusCode(200)
                    .extract().jsonPath().getList("imageIds");
            assertEquals(1, images.size(), sku + " has its picture");
            Response picture = given().get("/media/" + images.get(0) + "/detail").then().statusCode(200).extract()
                    .response();
            assertTrue(picture.contentType().startsWith("image/"), sku + ": " + picture.contentType());
            assertTrue(picture.asByteArray().length > 1000, sku + " has a real picture");
        }
        String liner = given().get("/product/CP-LINER-01").then().statusCode(200).extract().asString();
        String id = given().baseUri(catalog).get("/api/products/CP-LINER-01").then().extract().jsonPath()
                .getString("imageIds[0]");
        assertTrue(liner.contains("<img src=\"/media/" + id + "/detail\""), "the product page shows it");
        assertTrue(liner.contains("alt=\"布ナプキン ライナー（オーガニックコットン）"), "described by the product name");
    }

    @Test
    void aProductWithFewUnitsLeftSaysSo() {
        ShopApi staff = new ShopApi(ShopStack.get().ownerToken());
        ShopApi.Reply adjusted =
                staff.post(ShopStack.get().url("catalog-service") + "/api/staff/stock/BK-SEASON-01/adjustments",
                        "{\"delta\":-6,\"reason\":\"stocktake\",\"note\":\"storefront test\"}");
        assertTrue(adjusted.ok(), adjusted.body());
        String book = given().get("/product/BK-SEASON-01").then().statusCode(200).extract().asString();
        assertTrue(book.contains("残りわずか"), "3 left is few");
        assertTrue(book.contains("max=\"3\""), "cannot ask for more than there is");
    }

    @Test
    void englishIsOneClickAwayAndSticks() {
        Response switched = given().redirects().follow(false).get("/product/CP-LINER-01?lang=en");
        String html = switched.then().statusCode(200).extract().asString();
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("Cloth panty liner, organic cotton"));
        assertTrue(html.contains("Add to cart"));
        assertTrue(html.contains("tax incl., 10% consumption tax"));
        String cookie = switched.getHeader("Set-Cookie");
        assertTrue(cookie.contains("dozo_lang=en") && cookie.toLowerCase().contains("httponly")
                && cookie.contains("SameSite=Lax"), cookie);

        String home = given().cookie("dozo_lang", "en").get("/").then().statusCode(200).extract().asString();
        assertTrue(home.contains("Recommended") && home.contains("Cloth pads"), "the choice sticks");
        assertTrue(home.contains("lang=\"ja\"") && home.contains(">日本語</a>"), "and the way back is there");
    }
}
