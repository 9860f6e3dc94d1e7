package shop.dozo.storefront;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(DemoCatalogResource.class)
class HomePageTest {

    @Test
    void homePageListsTheThirtyDemoProductsFromCatalogService() {
        String html = given().get("/").then().statusCode(200).contentType("text/html").extract().asString();
        Matcher products = Pattern.compile("data-sku=\"([A-Z0-9-]+)\"").matcher(html);
        int count = 0;
        while (products.find()) {
            count++;
        }
        assertEquals(30, count, "the demo shop has 30 products");
        assertTrue(html.contains("布ナプキン ライナー（オーガニックコットン）"), "Japanese names are shown");
        assertTrue(html.contains("¥1,100"), "prices are formatted in yen, tax included");
    }
}
