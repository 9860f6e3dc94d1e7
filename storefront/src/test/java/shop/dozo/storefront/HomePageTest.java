package shop.dozo.storefront;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
class HomePageTest {

    @Test
    void homeShowsTheRecommendedProductsCategoriesAndPricesInJapanese() {
        String html = given().get("/").then().statusCode(200).contentType("text/html")
                .body(containsString("<html lang=\"ja\">")).extract().asString();
        assertEquals(Set.of("CP-LINER-01", "CP-REG-01", "CP-SET-TRIAL", "OF-RICE-5K", "FT-COFFEE-200", "FR-VEG-S",
                "EG-WRAP-3"), skus(html), "the demo shop recommends these seven");
        assertTrue(html.contains("布ナプキン ライナー（オーガニックコットン）"), "Japanese names are shown");
        assertTrue(html.contains("¥1,100"), "prices are formatted in yen, tax included");
        assertTrue(html.contains("href=\"/category/cloth-pads\""), "top categories are linked");
        assertTrue(!html.contains("href=\"/category/cloth-pads-sets\"") || html.contains("お試しセット"),
                "only named categories appear");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[]{"/", "/css/shop.css", "/no-such-page"}) {
            given().get(path).then()
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "strict-origin-when-cross-origin")
                    .header("X-Content-Type-Options", "nosniff");
        }
    }

    static Set<String> skus(String html) {
        Matcher products = Pattern.compile("class=\"card\" data-sku=\"([A-Z0-9-]+)\"").matcher(html);
        Set<String> found = new LinkedHashSet<>();
        while (products.find()) {
            found.add(products.group(1));
        }
        return found;
    }
}
