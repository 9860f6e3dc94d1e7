package shop.dozo.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.cart.Shop.placeOrder;
import static shop.dozo.cart.Shop.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.cart.contract.CatalogContract;
import shop.dozo.cart.contract.CatalogContractResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/** The sales history leaves as NDJSON for the shop archive: every row, every column, in a stable order. */
@QuarkusTest
@WithTestResource(MariaDbTestResource.class)
@WithTestResource(JwtTestResource.class)
@WithTestResource(CatalogContractResource.class)
class ExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void ordersLinesHistoryCustomersAndPointsAreExportedWithIdsAndTimestamps() throws Exception {
        CatalogContract.product("EX-BAG", "麻のエコバッグ", 2420, 10, false, 100);
        CatalogContract.product("EX-MISO", "有機 天然醸造みそ", 1944, 8, false, 100);
        String number = Members.placeOrder("export@example.jp", Shop.items("EX-BAG", 1, "EX-MISO", 2));
        String id = Shop.orderId(number);
        Shop.changeStatus(number, "paid", "振込確認").then().statusCode(200);

        JsonNode order = only(export("orders"), row -> row.path("id").asText().equals(id));
        assertEquals(number, order.path("order_number").asText());
        assertEquals("PAID", order.path("status").asText());
        assertEquals(2420 + 2 * 1944, order.path("items_total").asInt());
        assertTrue(order.path("created_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z"), order.toString());
        assertTrue(order.has("version") && order.has("idempotency_key") && order.has("request_hash"));

        List<JsonNode> lines = export("order-lines").stream().filter(row -> row.path("order_id").asText().equals(id))
                .toList();
        assertEquals(List.of("EX-BAG", "EX-MISO"), lines.stream().map(row -> row.path("sku").asText()).toList());
        assertEquals("有機 天然醸造みそ", lines.get(1).path("name").asText());
        assertEquals(1944, lines.get(1).path("unit_price").asInt());
        assertEquals(8, lines.get(1).path("tax_rate").asInt());
        assertEquals(2, lines.get(1).path("quantity").asInt());

        assertEquals(List.of("PLACED", "PAID"), export("order-status-changes").stream()
                .filter(row -> row.path("order_id").asText().equals(id)).map(row -> row.path("status").asText())
                .toList());
        JsonNode attempt = only(export("checkout-attempts"), row -> row.path("order_id").asText().equals(id));
        assertEquals(order.path("idempotency_key").asText(), attempt.path("idempotency_key").asText());
        assertEquals("DONE", attempt.path("state").asText());
        JsonNode link = only(export("order-links"), row -> row.path("order_id").asText().equals(id));
        assertTrue(link.path("token_hash").asText().matches("[0-9a-f]{64}"), link.toString());
        only(export("customers"), row -> row.path("email").asText().equals("export@example.jp"));
        JsonNode earned = only(export("points-ledger"), row -> row.path("order_id").asText().equals(id));
        assertEquals("export@example.jp", earned.path("email").asText());
        assertEquals("EARNED", earned.path("reason").asText());
        assertEquals((2420 + 2 * 1944) / 100, earned.path("delta").asInt());
        staff().get("/api/staff/export/campaigns").then().statusCode(200);
    }

    @Test
    void anExportIsStreamedInIdOrderAndTheSameTwice() throws Exception {
        CatalogContract.product("EX-SOAP", 660, 10, 100);
        for (int i = 0; i < 3; i++) {
            placeOrder("order" + i + "@export.example.jp", Map.of("EX-SOAP", 1));
        }
        String first = staff().get("/api/staff/export/orders").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
        assertEquals(first, staff().get("/api/staff/export/orders").then().extract().asString());
        List<String> ids = parse(first).stream().map(row -> row.path("id").asText()).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        List<Long> ledgerIds = export("points-ledger").stream().map(row -> row.path("id").asLong()).toList();
        assertEquals(ledgerIds.stream().sorted().toList(), ledgerIds);
        staff().get("/api/staff/export/carts").then().statusCode(404).contentType("application/problem+json");
    }

    private static List<JsonNode> export(String entity) throws Exception {
        return parse(staff().get("/api/staff/export/" + entity).then().statusCode(200).extract().asString());
    }

    private static List<JsonNode> parse(String ndjson) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    private static JsonNode only(List<JsonNode> rows, java.util.function.Predicate<JsonNode> which) {
        List<JsonNode> found = rows.stream().filter(which).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
