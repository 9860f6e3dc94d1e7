package shop.dozo.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.dozo.cart.Shop.cartWith;
import static shop.dozo.cart.Shop.checkout;
import static shop.dozo.cart.Shop.count;
import static shop.dozo.cart.Shop.order;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/** Every cart answer carries its pricing by checkout's rules; the delivery terms are published from here too. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class PricedCartTest {

    @AfterEach
    void everyReservationEndedCommittedOrReleased() {
        assertEquals(0, CatalogContract.openReservations());
    }

    @Test
    void everyCartAnswerIsPricedWithShippingAndTaxPerRate() {
        given().post("/api/carts").then().statusCode(201).body("pricing.totalYen", equalTo(0))
                .body("pricing.shippingFeeYen", equalTo(0)).body("pricing.toFreeShippingYen", equalTo(5500));
        CatalogContract.product("PR-COFFEE", "有機コーヒー豆", 1620, 8, false, 10);
        CatalogContract.product("PR-LINER", "布ナプキン ライナー", 1100, 10, false, 10);
        String cart = cartWith(Shop.items("PR-COFFEE", 1));
        given().contentType(ContentType.JSON).body(Map.of("quantity", 2)).put("/api/carts/" + cart + "/items/PR-LINER")
                .then().statusCode(200).body("pricing.itemsTotalYen", equalTo(3820))
                .body("pricing.shippingFeeYen", equalTo(770)).body("pricing.coolFeeYen", equalTo(0))
                .body("pricing.totalYen", equalTo(4590)).body("pricing.taxes.rate", contains(8, 10))
                .body("pricing.taxes.subtotalYen", contains(1620, 2970))
                .body("pricing.taxes.taxYen", contains(120, 270))
                .body("pricing.toFreeShippingYen", equalTo(1680));
        given().delete("/api/carts/" + cart + "/items/PR-COFFEE").then().statusCode(200)
                .body("pricing.totalYen", equalTo(2970));
    }

    @Test
    void freeShippingFromTheThresholdButCoolDeliveryStillCosts() {
        CatalogContract.product("PR-TOFU", "冷蔵豆腐", 3240, 8, true, 10);
        CatalogContract.product("PR-TOWEL", "今治タオル", 2640, 10, false, 10);
        String cart = cartWith(Shop.items("PR-TOFU", 1, "PR-TOWEL", 1));
        given().get("/api/carts/" + cart).then().statusCode(200).body("pricing.itemsTotalYen", equalTo(5880))
                .body("pricing.shippingFeeYen", equalTo(0)).body("pricing.coolFeeYen", equalTo(330))
                .body("pricing.totalYen", equalTo(6210)).body("pricing.taxes.subtotalYen", contains(3240, 2970))
                .body("pricing.taxes.taxYen", contains(240, 270)).body("pricing.toFreeShippingYen", equalTo(0));
    }

    @Test
    void aLineNoLongerSoldIsLeftOutOfThePricing() {
        CatalogContract.product("PR-GONE", "終売のお茶", 5000, 8, true, 10);
        CatalogContract.product("PR-STAY", "麻ひも", 1100, 10, false, 10);
        String cart = cartWith(Shop.items("PR-STAY", 1, "PR-GONE", 1));
        given().get("/api/carts/" + cart).then().body("pricing.totalYen", equalTo(6430));
        CatalogContract.unpublish("PR-GONE");
        given().get("/api/carts/" + cart).then().statusCode(200).body("lines", hasSize(2))
                .body("pricing.itemsTotalYen", equalTo(1100)).body("pricing.coolFeeYen", equalTo(0))
                .body("pricing.shippingFeeYen", equalTo(770)).body("pricing.totalYen", equalTo(1870))
                .body("pricing.taxes.subtotalYen", contains(0, 1870)).body("pricing.taxes.taxYen", contains(0, 170));
    }

    @Test
    void anImpossibleTaxRateFromTheCatalogueIsAClear503NeverA500() {
        CatalogContract.product("PR-RATE", "税率の壊れた商品", 1000, 12, false, 10);
        String cart = Shop.newCart();
        given().contentType(ContentType.JSON).body(Map.of("quantity", 1)).put("/api/carts/" + cart + "/items/PR-RATE")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("PR-RATE with a tax rate of 12 %"));

        CatalogContract.product("PR-RATE", "税率の壊れた商品", 1000, 10, false, 10);
        given().contentType(ContentType.JSON).body(Map.of("quantity", 1)).put("/api/carts/" + cart + "/items/PR-RATE")
                .then().statusCode(200);
        CatalogContract.product("PR-RATE", "税率の壊れた商品", 1000, 5, false, 10);
        given().get("/api/carts/" + cart).then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("tax rate of 5 %"));
        checkout(cart, order("rate@example.jp")).then().statusCode(503).contentType("application/problem+json");
        assertEquals(0, count("SELECT COUNT(*) FROM customer_order WHERE email = 'rate@example.jp'"));
    }

    @Test
    void theDeliveryTermsAreTheOnesCheckoutChargesBy() {
        given().get("/api/delivery-terms").then().statusCode(200).header("Cache-Control", containsString("max-age=60"))
                .body("flatFeeYen", equalTo(770)).body("freeFromYen", equalTo(5500)).body("coolFeeYen", equalTo(330))
                .body("prefectures", hasSize(47)).body("prefectures[0]", equalTo("北海道"))
                .body("prefectures[12]", equalTo("東京都")).body("prefectures[46]", equalTo("沖縄県"));
    }
}
