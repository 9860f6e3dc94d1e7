package shop.dozo.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/**
 * Adding an item prices the cart from the same catalogue answer that checked the SKU (one call, not two), and
 * checkout still asks catalog-service afresh: a price changed after the cart was filled is the one charged.
 */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class FreshPriceAtCheckoutTest {

    @Test
    void aPriceChangedAfterTheCartWasFilledIsChargedAtCheckout() {
        CatalogContract.product("FRESH-1", 1000, 10, 10);
        CatalogContract.product("FRESH-2", 500, 8, 10);
        String cart = Shop.newCart();
        given().contentType(ContentType.JSON).body(Map.of("quantity", 2)).put("/api/carts/" + cart + "/items/FRESH-1")
                .then().statusCode(200).body("itemsTotalYen", equalTo(2000));
        // The second add prices the first line again from the same one answer.
        CatalogContract.product("FRESH-1", 1100, 10, 10);
        given().contentType(ContentType.JSON).body(Map.of("quantity", 1)).put("/api/carts/" + cart + "/items/FRESH-2")
                .then().statusCode(200).body("itemsTotalYen", equalTo(2700))
                .body("lines.find { it.sku == 'FRESH-1' }.unitPriceYen", equalTo(1100));

        CatalogContract.product("FRESH-1", 1300, 10, 10);
        Shop.checkout(cart, Shop.order("fresh@example.jp")).then().statusCode(201)
                .body("lines.find { it.sku == 'FRESH-1' }.unitPriceYen", equalTo(1300))
                .body("itemsTotalYen", equalTo(2 * 1300 + 500));
        assertEquals(8, CatalogContract.available("FRESH-1"));
    }

    @Test
    void anUnknownOrMalformedSkuIsStill422() {
        String cart = Shop.newCart();
        given().contentType(ContentType.JSON).body(Map.of("quantity", 1)).put("/api/carts/" + cart + "/items/NOPE-9")
                .then().statusCode(422).body("errors[0].field", equalTo("sku"));
    }
}
