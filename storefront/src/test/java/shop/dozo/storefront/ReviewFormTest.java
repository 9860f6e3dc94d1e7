package shop.dozo.storefront;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The review form's rules are review-service's alone: the storefront posts what was typed and shows every field
 * review-service names, each with the form's own message beside it, all in one answer.
 */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
@Order(32)
class ReviewFormTest {

    @Test
    void everyMistakeIsExplainedAtOnceBesideItsField() {
        Shopper shopper = new Shopper();
        shopper.get("/product/CP-LINER-01");
        String refused = shopper.post("/product/CP-LINER-01/reviews", Map.of("rating", "", "title", " ",
                "body", "短い本文", "nickname", "", "orderNumber", "DZ-1", "email", "")).then().statusCode(400)
                .extract().asString();
        assertTrue(refused.contains("レビューを送れませんでした。下の内容をご確認ください。"), refused);
        for (String[] field : new String[][]{{"error-rating", "評価を1〜5から選んでください。"},
                {"error-title", "タイトルを100文字までで入力してください。"},
                {"error-body", "本文を10〜4,000文字で入力してください。"},
                {"error-nickname", "ニックネームを40文字までで入力してください。"},
                {"error-order", "ご注文番号とメールアドレスは、両方入れるか両方空にしてください。"}}) {
            assertTrue(refused.contains("id=\"" + field[0] + "\">" + field[1]), field[0] + ": " + refused);
        }
        assertTrue(refused.contains("短い本文") && refused.contains("value=\"DZ-1\""), "nothing typed is lost");
    }
}
