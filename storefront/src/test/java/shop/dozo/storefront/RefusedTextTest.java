package shop.dozo.storefront;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Text a service refuses (a control character, a bidi override in a name) is explained on the form in Japanese,
 * with what was typed kept; never an error page.
 */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
@Order(31)
class RefusedTextTest {
    private static final String NOT_ALLOWED = "使えない文字（制御文字や、文字の向きを変える記号など）が含まれています。";

    @Test
    void aControlCharacterInTheCheckoutNameIsExplainedAndNoOrderIsPlaced() {
        Shopper shopper = new Shopper();
        shopper.get("/product/EG-BAG-01");
        shopper.post("/cart/add", Map.of("sku", "EG-BAG-01", "quantity", "1"));
        String form = shopper.get("/checkout").then().statusCode(200).extract().asString();
        for (String name : new String[]{"山田\u0007花子", "山田\u202E花子"}) {
            Map<String, String> address = new HashMap<>(CheckoutTest.address(CheckoutTest.key(form)));
            address.put("fullName", name);
            address.put("street", "神宮前1-2-3\u001B");
            String refused = shopper.post("/checkout", address).then().statusCode(400).extract().asString();
            assertTrue(refused.contains("入力内容をご確認ください。"), refused);
            assertTrue(refused.contains(NOT_ALLOWED), "the shopper is told what is wrong");
            assertTrue(refused.contains("id=\"error-fullName\""), "beside the field that holds it");
            assertTrue(refused.contains("value=\"渋谷区\""), "nothing typed is lost");
        }
        assertTrue(shopper.get("/cart").asString().contains("data-sku=\"EG-BAG-01\""),
                "no order, the cart is as it was");
    }

    @Test
    void aControlCharacterInAReviewIsExplainedBesideTheField() {
        Shopper shopper = new Shopper();
        shopper.get("/product/CP-LINER-01");
        Map<String, String> review = new HashMap<>(Map.of("rating", "5", "title", "とても\u0000良い",
                "body", "毎日使っています。肌ざわりがやさしいです。", "nickname", "みどり", "orderNumber", "", "email", ""));
        String refused =
                shopper.post("/product/CP-LINER-01/reviews", review).then().statusCode(400).extract().asString();
        assertTrue(refused.contains("レビューを送れませんでした。"), refused);
        assertTrue(refused.contains(NOT_ALLOWED), "the shopper is told what is wrong");
        assertTrue(refused.contains("id=\"error-title\""), "beside the field that holds it");
        assertTrue(refused.contains("毎日使っています。肌ざわりがやさしいです。"), "nothing typed is lost");

        review.put("title", "とても良い");
        review.put("nickname", "admin\u202Egnp.exe");
        String bidi = shopper.post("/product/CP-LINER-01/reviews", review).then().statusCode(400).extract().asString();
        assertTrue(bidi.contains(NOT_ALLOWED) && bidi.contains("id=\"error-nickname\""),
                "a bidi override in the nickname too");
    }
}
