package shop.dozo.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ArchiveEndpointsTest {

    private static boolean everyTableFilled;

    @BeforeEach
    void demo() {
        DemoCatalog.ensure();
        if (!everyTableFilled) {
            // The demo has no images and no reservations: add one of each, so every table has rows to export.
            ReservationTest.product("ARC-EXPORT-1", 3);
            java.util.Map<String, Object> product = given().auth().oauth2(TestTokens.staff())
                    .get("/api/staff/products/ARC-EXPORT-1").then().extract().as(java.util.Map.class);
            product.put("imageIds", java.util.List.of("a".repeat(64), "b".repeat(64)));
            given().auth().oauth2(TestTokens.staff()).contentType(io.restassured.http.ContentType.JSON).body(product)
                    .put("/api/staff/products/ARC-EXPORT-1").then().statusCode(200);
            ReservationTest.reserve("archive-order-1", "ARC-EXPORT-1", 1).then().statusCode(200);
            everyTableFilled = true;
        }
    }

    @Test
    void everyTableExportsInAStableOrderWithIdsTimestampsAndVersions() {
        for (String entity : StaffProductTest.ARCHIVED) {
            String first = export(entity);
            assertTrue(first.lines().count() > 0, entity + " has rows");
            assertEquals(first, export(entity), entity + " exports the same bytes twice");
            first.lines().forEach(line -> assertTrue(line.startsWith("{") && line.endsWith("}"), entity + ": " + line));
        }
        String products = export("products");
        String line = products.lines().filter(l -> l.contains("\"ARC-EXPORT-1\"")).findFirst().orElseThrow();
        for (String column : new String[]{"\"id\":", "\"version\":", "\"created_at\":", "\"updated_at\":",
                "\"status\":\"PUBLISHED\""}) {
            assertTrue(line.contains(column), column + " in " + line);
        }
        java.util.List<Long> ids = products.lines()
                .map(l -> Long.parseLong(l.replaceAll(".*\"id\":(\\d+).*", "$1"))).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "products come by id");
        assertTrue(export("product-images").contains("a".repeat(64)));
        assertTrue(export("stock-reservations").contains("\"archive-order-1\""));
        assertTrue(export("stock-reservation-lines").contains("\"archive-order-1\""));
        assertTrue(export("stock-ledger").contains("\"reserved\""));
    }

    @Test
    void anExportImportedAgainChangesNothing() {
        for (String entity : StaffProductTest.ARCHIVED) {
            String before = export(entity);
            long lines = before.lines().count();
            assertTrue(lines > 0, entity + " has rows");
            given().auth().oauth2(TestTokens.owner()).contentType("application/x-ndjson").body(bytes(before))
                    .post("/api/staff/import/" + entity).then().statusCode(200).body("imported", equalTo((int) lines));
            assertEquals(before, export(entity), entity + " is byte-for-byte the same after a re-import");
        }
    }

    @Test
    void aRowComesBackExactlyWithItsIdTimestampsAndVersion() {
        String products = export("products");
        String liner = products.lines().filter(line -> line.contains("\"CP-LINER-01\"")).findFirst().orElseThrow();
        String changed = liner.replace("\"price_yen\":1100", "\"price_yen\":999");
        given().auth().oauth2(TestTokens.owner()).contentType("application/x-ndjson").body(bytes(changed))
                .post("/api/staff/import/products").then().statusCode(200);
        given().get("/api/products/CP-LINER-01").then().body("priceYen", equalTo(999));
        given().auth().oauth2(TestTokens.owner()).contentType("application/x-ndjson").body(bytes(liner))
                .post("/api/staff/import/products").then().statusCode(200);
        assertEquals(products, export("products"));
    }

    @Test
    void badImportsWriteNothing() {
        String before = export("products");
        String liner = before.lines().filter(line -> line.contains("\"CP-REG-01\"")).findFirst().orElseThrow();
        String poisoned =
                liner.replace("\"price_yen\":1650", "\"price_yen\":1") + "\n{\"id\":1,\"no_such_column\":1}\n";
        given().auth().oauth2(TestTokens.owner()).contentType("application/x-ndjson").body(bytes(poisoned))
                .post("/api/staff/import/products").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.owner()).contentType("application/x-ndjson")
                .body(bytes(liner + "\nnot json\n"))
                .post("/api/staff/import/products").then().statusCode(400);
        String twice = liner.replace("\"price_yen\":1650", "\"price_yen\":1650,\"price_yen\":1");
        given().auth().oauth2(TestTokens.owner()).contentType("application/x-ndjson").body(bytes(twice + "\n"))
                .post("/api/staff/import/products").then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("names the field 'price_yen' twice"));
        assertEquals(before, export("products"), "the valid first line was not kept either");

        given().auth().oauth2(TestTokens.staff()).contentType("application/x-ndjson").body(bytes(liner))
                .post("/api/staff/import/products").then().statusCode(403);
        given().auth().oauth2(TestTokens.owner()).get("/api/staff/export/users").then().statusCode(404);
        given().auth().oauth2(TestTokens.owner()).get("/api/staff/export/product%60;drop").then().statusCode(404);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String export(String entity) {
        return given().auth().oauth2(TestTokens.staff()).get("/api/staff/export/" + entity).then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
    }
}
