package shop.dozo.storefront;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A product page without its neighbours: review-service stopped, then content-service too. The page still sells
 * the product and says briefly what is missing. It stops real services, so it runs after every other test here.
 */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpstreamDownTest {

    @Test
    @Order(1)
    void withReviewServiceStoppedTheProductPageStillAnswers() {
        ShopStack.stopService("review-service");
        // Products not shown before, so no cached reviews can hide the outage.
        for (String sku : new String[]{"BK-GUIDE-01", "EG-BOTTLE-01", "BB-BODY-70"}) {
            long start = System.nanoTime();
            String html = given().get("/product/" + sku).then().statusCode(200).extract().asString();
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(html.contains("レビューは現在表示できません。商品はいつもどおりお求めいただけます。"), sku);
            assertTrue(html.contains("action=\"/cart/add\""), "the product can still be bought");
            assertFalse(html.contains("class=\"review-form\""), "no form that could not be sent");
            assertTrue(millis < 2500, sku + " took " + millis + " ms: the page must not hang on a dead service");
        }
    }

    @Test
    @Order(2)
    void withContentServiceStoppedTooTheShopStillSells() {
        ShopStack.stopService("content-service");
        String product = given().get("/product/BB-DIAPER-5").then().statusCode(200).extract().asString();
        assertTrue(product.contains("布おむつ 輪型 5枚"));
        assertTrue(product.contains("class=\"site-name\" href=\"/\">ことり舎</a>"), "the configured name stands in");
        given().get("/").then().statusCode(200);
        given().get("/category/baby").then().statusCode(200);
    }
}
