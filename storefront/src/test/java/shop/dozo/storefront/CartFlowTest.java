package shop.dozo.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** The cart through plain form posts, including what a shopper (or an attacker) can do wrong. */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
@Order(20)
class CartFlowTest {

    private static Shopper shopperWith(String sku, String quantity) {
        Shopper shopper = new Shopper();
        shopper.get("/product/" + sku).then().statusCode(200);
        Response added = shopper.post("/cart/add", Map.of("sku", sku, "quantity", quantity));
        added.then().statusCode(303);
        assertTrue(added.getHeader("Location").endsWith("/cart?notice=added&sku=" + sku), added.getHeader("Location"));
        return shopper;
    }

    @Test
    void addChangeAndRemoveWithTotalsShippingAndTax() {
        Shopper shopper = shopperWith("CP-LINER-01", "2");
        String cookie = shopper.setCookieHeaders.get("dozo_cart");
        assertTrue(cookie.toLowerCase().contains("httponly") && cookie.contains("SameSite=Lax"), cookie);

        String cart = shopper.get("/cart?notice=added&sku=CP-LINER-01").then().statusCode(200).extract().asString();
        assertTrue(cart.contains("「布ナプキン ライナー（オーガニックコットン）」をカートに入れました。"));
        assertTrue(cart.contains("value=\"2\""));
        assertTrue(cart.contains("<dd id=\"cart-total\">¥2,970</dd>"), "2 × ¥1,100 + ¥770 shipping");
        assertTrue(cart.contains("¥2,970 （内消費税 ¥270）"), "10 % contained, shipping included");

        shopper.post("/cart/update", Map.of("sku", "CP-LINER-01", "quantity", "5")).then().statusCode(303);
        String changed = shopper.get("/cart").then().statusCode(200).extract().asString();
        assertTrue(changed.contains("<dd id=\"cart-total\">¥5,500</dd>"), "¥5,500 ships free");

        shopper.post("/cart/add", Map.of("sku", "OF-RICE-5K", "quantity", "1")).then().statusCode(303);
        String mixed = shopper.get("/cart").then().statusCode(200).extract().asString();
        assertTrue(mixed.contains("¥4,860 （内消費税 ¥360）"), "rice at the reduced 8 %");

        shopper.post("/cart/remove", Map.of("sku", "CP-LINER-01")).then().statusCode(303);
        String removed = shopper.get("/cart?notice=removed").then().statusCode(200).extract().asString();
        assertFalse(removed.contains("data-sku=\"CP-LINER-01\""));
        assertTrue(removed.contains("data-sku=\"OF-RICE-5K\""));
    }

    @Test
    void aQuantityThatIsNotANumberIsExplainedAndChangesNothing() {
        Shopper shopper = shopperWith("EG-BRUSH-01", "2");
        shopper.get("/cart");
        String refused = shopper.post("/cart/update", Map.of("sku", "EG-BRUSH-01", "quantity", "abc")).then()
                .statusCode(400).extract().asString();
        assertTrue(refused.contains("数量は1から99までの数字で入力してください。カートは変わっていません。"));
        assertTrue(refused.contains("value=\"2\""), "the cart is as it was");

        Response add = shopper.post("/cart/add", Map.of("sku", "EG-BRUSH-01", "quantity", "abc"));
        assertEquals("/product/EG-BRUSH-01?cart=bad_quantity", path(add.getHeader("Location")));
        String product =
                shopper.get("/product/EG-BRUSH-01?cart=bad_quantity").then().statusCode(200).extract().asString();
        assertTrue(product.contains("数量は1から99までの数字で入力してください。"));
        assertTrue(shopper.get("/cart").asString().contains("value=\"2\""), "still two");
    }

    @Test
    void moreThanTheStockIsRefusedWithHowManyAreLeft() {
        Shopper shopper = new Shopper();
        shopper.get("/product/CP-SET-FULL");
        Response add = shopper.post("/cart/add", Map.of("sku", "CP-SET-FULL", "quantity", "50"));
        assertEquals("/product/CP-SET-FULL?cart=not_enough&left=8", path(add.getHeader("Location")));
        String page = shopper.get("/product/CP-SET-FULL?cart=not_enough&left=8").asString();
        assertTrue(page.contains("在庫が足りません（あと8点までお求めいただけます）。カートは変わっていません。"));
    }

    @Test
    void aFormPostWithoutTheTokenIsRefusedAndChangesNothing() {
        Shopper shopper = shopperWith("EG-SOAP-01", "1");
        String csrfCookie = shopper.setCookieHeaders.get("dozo_csrf");
        assertTrue(csrfCookie.toLowerCase().contains("httponly") && csrfCookie.contains("SameSite=Lax"), csrfCookie);
        assertFalse(csrfCookie.contains("Secure"), "plain http here; Secure comes with https");
        String forged = shopper.postRaw("/cart/update", Map.of("sku", "EG-SOAP-01", "quantity", "7")).then()
                .statusCode(403).contentType("text/html").extract().asString();
        assertTrue(forged.contains("この操作は受け付けられませんでした"));
        assertTrue(forged.contains("何も変更していません"));

        Shopper other = new Shopper();
        other.get("/product/CP-LINER-01");
        String stolenToken = shopper.postRaw("/cart/update", Map.of("sku", "EG-SOAP-01", "quantity", "7",
                "_csrf", other.csrf)).then().statusCode(403).extract().asString();
        assertTrue(stolenToken.contains("この操作は受け付けられませんでした"), "another browser's token is no good");

        assertTrue(shopper.get("/cart").asString().contains("value=\"1\""), "the quantity is still 1");
    }

    @Test
    void aTamperedCartCookieIsExplainedAndForgotten() {
        Shopper shopper = shopperWith("EG-STRAW-02", "1");
        String realCart = shopper.cookies.get("dozo_cart");

        shopper.cookies.put("dozo_cart", realCart.substring(0, 20) + "%3Cscript%3E");
        String damaged = shopper.get("/cart").then().statusCode(200).extract().asString();
        assertTrue(damaged.contains("カートを読み込めませんでした"), "a damaged token is explained");
        assertFalse(shopper.cookies.containsKey("dozo_cart"), "and dropped");

        shopper.cookies.put("dozo_cart", "A".repeat(43));
        Response add = shopper.post("/cart/add", Map.of("sku", "EG-STRAW-02", "quantity", "1"));
        assertEquals("/cart?notice=lost", path(add.getHeader("Location")), "an unknown cart is not silently replaced");
        assertFalse(shopper.cookies.containsKey("dozo_cart"));

        Shopper owner = new Shopper();
        owner.cookies.put("dozo_cart", realCart);
        assertTrue(owner.get("/cart").asString().contains("data-sku=\"EG-STRAW-02\""), "the real cart is untouched");
    }

    static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
