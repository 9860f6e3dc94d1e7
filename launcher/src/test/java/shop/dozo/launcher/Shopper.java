package shop.dozo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ShopApi;

/** What a shopper does through the services' public APIs, for the end-to-end tests. */
final class Shopper {
    private static final Pattern NUMBER = Pattern.compile("\"orderNumber\"\\s*:\\s*\"([A-Z0-9-]+)\"");

    private Shopper() {
    }

    /** Fills a new cart and checks out; returns the order number. */
    static String buysOne(LocalStack shop, String sku, String email) {
        ShopApi api = new ShopApi(null);
        String cart = api.post(shop.url("cart-service") + "/api/carts", "").body()
                .replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        ShopApi.Reply added =
                api.put(shop.url("cart-service") + "/api/carts/" + cart + "/items/" + sku, "{\"quantity\":1}");
        assertEquals(200, added.status(), added.body());
        ShopApi.Reply order = api.postWithHeader(shop.url("cart-service") + "/api/carts/" + cart + "/checkout",
                "Idempotency-Key", UUID.randomUUID().toString(),
                """
                               {"fullName":"佐藤 みどり","email":"%s","postalCode":"060-0001","prefecture":"北海道","city":"札幌市中央区",
                                "street":"北1条西2-3","phone":"011-123-4567","paymentMethod":"cash_on_delivery",
                        "fullNameKana":"サトウ ミドリ","privacyConsent":true}"""
                        .formatted(email));
        assertEquals(201, order.status(), order.body());
        Matcher number = NUMBER.matcher(order.body());
        assertTrue(number.find());
        return number.group(1);
    }
}
