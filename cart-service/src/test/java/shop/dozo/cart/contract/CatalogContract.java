package shop.dozo.cart.contract;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** What a test tells the catalog contract server, and what it asks it (over HTTP, like cart-service does). */
public final class CatalogContract {
    private CatalogContract() {
    }

    public static void product(String sku, String name, int priceYen, int taxRate, boolean cool, int available) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "priceYen", priceYen, "taxRate", taxRate,
                "cool", cool, "available", available));
        given().contentType(ContentType.JSON).body(body).put(url() + "/_contract/products/" + sku)
                .then().statusCode(204);
    }

    public static void product(String sku, int priceYen, int taxRate, int available) {
        product(sku, "テスト商品 " + sku, priceYen, taxRate, false, available);
    }

    public static void unpublish(String sku) {
        given().contentType(ContentType.JSON).body(Map.of("priceYen", 1, "published", false))
                .put(url() + "/_contract/products/" + sku).then().statusCode(204);
    }

    /** The next {@code times} calls of {@code operation} (product, by-skus, reserve, commit, release) fail so. */
    public static void fault(String operation, String fault, int times) {
        given().contentType(ContentType.JSON).body(Map.of("fault", fault, "times", times))
                .put(url() + "/_contract/faults/" + operation).then().statusCode(204);
    }

    public static void clearFaults() {
        given().delete(url() + "/_contract/faults").then().statusCode(204);
    }

    public static int available(String sku) {
        return state().getInt("available.'" + sku + "'");
    }

    /** RESERVED, COMMITTED, RELEASED, or null when nothing was ever reserved under this id. */
    public static String reservationStatus(String id) {
        return state().getString("reservations.'" + id + "'.status");
    }

    public static Map<String, String> reservationStatuses() {
        Map<String, Map<String, Object>> all = state().getMap("reservations");
        Map<String, String> statuses = new HashMap<>();
        all.forEach((id, reservation) -> statuses.put(id, (String) reservation.get("status")));
        return statuses;
    }

    /** Reservations neither committed nor released: after a test has settled, there must be none. */
    public static long openReservations() {
        return reservationStatuses().values().stream().filter("RESERVED"::equals).count();
    }

    public static int calls(String operation) {
        Integer count = state().get("calls.'" + operation + "'");
        return count == null ? 0 : count;
    }

    private static JsonPath state() {
        return given().get(url() + "/_contract/state").then().statusCode(200).extract().jsonPath();
    }

    private static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.catalog.url", String.class);
    }
}
