package shop.dozo.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.backing.ShopApi;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.ManagementInterface;
import shop.dozo.testsupport.MariaDbTestResource;

@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(RealCatalogResource.class)
class CartApiTest {

    @Test
    void aShopperFillsACartPricedByTheRealCatalogue() {
        String token = newCart();
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), "an opaque 256-bit token");

        given().contentType(ContentType.JSON).body(Map.of("quantity", 2))
                .put("/api/carts/" + token + "/items/CP-LINER-01").then().statusCode(200)
                .body("lines[0].name", equalTo("布ナプキン ライナー（オーガニックコットン）"))
                .body("lines[0].unitPriceYen", equalTo(1100)).body("lines[0].taxRate", equalTo(10))
                .body("lines[0].lineTotalYen", equalTo(2200));
        given().contentType(ContentType.JSON).body(Map.of("quantity", 1))
                .put("/api/carts/" + token + "/items/FT-COFFEE-200").then().statusCode(200)
                .body("lines", hasSize(2)).body("lines.taxRate", hasItem(8));
        given().contentType(ContentType.JSON).body(Map.of("quantity", 3))
                .put("/api/carts/" + token + "/items/CP-LINER-01").then().statusCode(200)
                .body("itemCount", equalTo(4));

        given().delete("/api/carts/" + token + "/items/FT-COFFEE-200").then().statusCode(200)
                .body("lines", hasSize(1)).body("itemsTotalYen", equalTo(3300));
        given().get("/api/carts/" + token).then().statusCode(200).body("itemsTotalYen", equalTo(3300))
                .body("pricing.shippingFeeYen", equalTo(770)).body("pricing.totalYen", equalTo(4070))
                .body("pricing.taxes.find { it.rate == 10 }.taxYen", equalTo(370))
                .body("pricing.toFreeShippingYen", equalTo(2200));
    }

    @Test
    void aPriceChangeInTheCatalogueShowsOnTheNextView() {
        String token = newCart();
        given().contentType(ContentType.JSON).body(Map.of("quantity", 1))
                .put("/api/carts/" + token + "/items/DZ-PRICE-1").then().statusCode(422);
        ShopApi staff = new ShopApi(RealCatalogResource.stack.ownerToken());
        staff.post(RealCatalogResource.stack.url("catalog-service") + "/api/staff/products",
                "{\"sku\":\"DZ-PRICE-1\",\"category\":\"eco-goods\",\"name\":\"値札テスト\",\"priceYen\":700,\"taxRate\":10,\"stock\":5}");
        given().contentType(ContentType.JSON).body(Map.of("quantity", 1))
                .put("/api/carts/" + token + "/items/DZ-PRICE-1").then().statusCode(200)
                .body("itemsTotalYen", equalTo(700));
    }

    @Test
    void badInputIsRefusedAndChangesNothing() {
        String token = newCart();
        given().contentType(ContentType.JSON).body(Map.of("quantity", 1))
                .put("/api/carts/" + token + "/items/CP-REG-01").then().statusCode(200);
        for (Object quantity : new Object[]{0, -3, 100}) {
            given().contentType(ContentType.JSON).body(Map.of("quantity", quantity))
                    .put("/api/carts/" + token + "/items/CP-REG-01").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem("quantity"));
        }
        given().contentType(ContentType.JSON).body("{\"quantity\":\"abc\"}")
                .put("/api/carts/" + token + "/items/CP-REG-01").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("quantity", 1))
                .put("/api/carts/" + token + "/items/NO-SUCH-SKU").then().statusCode(422)
                .body("errors.field", hasItem("sku"));
        given().get("/api/carts/" + token).then().body("lines", hasSize(1)).body("lines[0].quantity", equalTo(1));
    }

    @Test
    void moreThanTheStockIsRefusedWithTheAmountLeft() {
        String token = newCart();
        given().contentType(ContentType.JSON).body(Map.of("quantity", 99))
                .put("/api/carts/" + token + "/items/BK-SEASON-01").then().statusCode(409)
                .contentType("application/problem+json").body("errors.field", hasItem("quantity"));
        given().get("/api/carts/" + token).then().body("lines", hasSize(0));
    }

    @Test
    void aTamperedOrUnknownTokenFindsNoCart() {
        String token = newCart();
        String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        given().get("/api/carts/" + tampered).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/carts/not-a-token").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("quantity", 1))
                .put("/api/carts/' OR 1=1 --/items/CP-REG-01").then().statusCode(404);
    }

    @Test
    void readinessIsUpWithTheDatabase() {
        given().get(ManagementInterface.url("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
        // Health, metrics and OpenAPI only on the management port, which HAProxy and the Ingress never route.
        ManagementInterface.assertOnlyOnTheManagementPort("/q/openapi");
    }

    private static String newCart() {
        return given().post("/api/carts").then().statusCode(201).extract().path("token");
    }
}
