package shop.dozo.review.contract;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** What a test tells the contract servers: which products and orders exist, and whether they answer. */
public final class Contracts {
    private Contracts() {
    }

    public static void publishProduct(String sku) {
        given().put(catalogUrl() + "/_contract/products/" + sku).then().statusCode(204);
    }

    public static void addOrder(String orderNumber, String email, String... skus) {
        given().contentType(ContentType.JSON).body(Map.of("email", email, "skus", List.of(skus)))
                .put(cartUrl() + "/_contract/orders/" + orderNumber).then().statusCode(204);
    }

    public static int cartVerifyCalls() {
        return given().get(cartUrl() + "/_contract/verify-calls").then().statusCode(200)
                .extract().path("count");
    }

    /** "up", "down" (503) or "slow" (answers after the client's timeout). */
    public static void cartMode(String mode) {
        given().put(cartUrl() + "/_contract/mode/" + mode).then().statusCode(204);
    }

    public static void catalogMode(String mode) {
        given().put(catalogUrl() + "/_contract/mode/" + mode).then().statusCode(204);
    }

    private static String cartUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.cart.url", String.class);
    }

    private static String catalogUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.catalog.url", String.class);
    }
}
