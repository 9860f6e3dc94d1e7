package shop.dozo.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class StaffProductTest {
    static final List<String> ARCHIVED = List.of("categories", "products", "product-tags", "product-images", "stock",
            "stock-reservations", "stock-reservation-lines", "stock-ledger");

    @Test
    void aStaleEditIsRefusedWithTheCurrentProductAndNothingIsOverwritten() {
        ReservationTest.product("STF-EDIT-1", 1);
        Map<String, Object> product = given().auth().oauth2(TestTokens.staff()).get("/api/staff/products/STF-EDIT-1")
                .then().statusCode(200).extract().as(Map.class);

        Map<String, Object> first = edit(product, "priceYen", 1200);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(first)
                .put("/api/staff/products/STF-EDIT-1").then().statusCode(200).body("priceYen", equalTo(1200));
        Map<String, Object> stale = edit(product, "name", "古い編集");
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(stale)
                .put("/api/staff/products/STF-EDIT-1").then().statusCode(409).contentType("application/problem+json")
                .body("current.priceYen", equalTo(1200));
        given().get("/api/products/STF-EDIT-1").then().body("priceYen", equalTo(1200)).body("name", equalTo("在庫テスト"));
    }

    @Test
    void racingEditsOfOneVersionSaveOnceAndTheRestSeeTheWinner() throws Exception {
        ReservationTest.product("STF-RACE-1", 1);
        Map<String, Object> product = staffGet("STF-RACE-1");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<io.restassured.response.Response>> edits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, Object> edit = edit(product, "priceYen", 1000 + i);
            edits.add(() -> given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(edit)
                    .put("/api/staff/products/STF-RACE-1"));
        }
        List<io.restassured.response.Response> answers = new ArrayList<>();
        for (Future<io.restassured.response.Response> answer : pool.invokeAll(edits)) {
            answers.add(answer.get());
        }
        pool.shutdown();
        List<Integer> statuses = answers.stream().map(io.restassured.response.Response::statusCode).toList();
        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        int saved = answers.get(statuses.indexOf(200)).path("priceYen");
        for (io.restassured.response.Response refused : answers.stream().filter(a -> a.statusCode() == 409).toList()) {
            assertEquals(saved, (int) refused.path("current.priceYen"), "every loser is shown the winner's edit");
            assertEquals(List.of("version"), refused.path("errors.field"));
        }
        given().get("/api/products/STF-RACE-1").then().body("priceYen", equalTo(saved));
    }

    @Test
    void racingCreatesOfOneSkuMakeOneProductWithOneStockRecord() throws Exception {
        ReservationTest.product("STF-DUPRACE-0", 1);
        Map<String, Object> body = Map.of("sku", "STF-DUPRACE-1", "category", "c-stf-duprace-0", "name", "競争",
                "priceYen", 100, "taxRate", 10, "stock", 3);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<io.restassured.response.Response>> creates = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            creates.add(() -> given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(body)
                    .post("/api/staff/products"));
        }
        List<io.restassured.response.Response> answers = new ArrayList<>();
        for (Future<io.restassured.response.Response> answer : pool.invokeAll(creates)) {
            answers.add(answer.get());
        }
        pool.shutdown();
        List<Integer> statuses = answers.stream().map(io.restassured.response.Response::statusCode).toList();
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        for (io.restassured.response.Response refused : answers.stream().filter(a -> a.statusCode() != 201).toList()) {
            assertEquals(409, refused.statusCode());
            assertEquals(List.of("sku"), refused.path("errors.field"));
        }
        assertEquals(1, rows("SELECT COUNT(*) FROM stock_item WHERE sku = 'STF-DUPRACE-1'"));
        assertEquals(1, rows("SELECT COUNT(*) FROM stock_ledger WHERE sku = 'STF-DUPRACE-1'"));
        assertEquals(3, ReservationTest.available("STF-DUPRACE-1"));
    }

    @Test
    void duplicatesNameTheField() {
        ReservationTest.product("STF-DUP-1", 1);
        Map<String, Object> base = Map.of("sku", "STF-DUP-1", "category", "c-stf-dup-1", "name", "重複", "priceYen", 100,
                "taxRate", 10);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(base).post("/api/staff/products")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("sku")));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(edit(edit(base, "sku", "STF-DUP-2"), "slug", "c-stf-dup-1-other")).post("/api/staff/products")
                .then().statusCode(201).body("slug", equalTo("c-stf-dup-1-other"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(edit(edit(base, "sku", "STF-DUP-3"), "slug", "stf-dup-1")).post("/api/staff/products")
                .then().statusCode(409).body("errors.field", equalTo(List.of("slug")));
        Map<String, Object> second = staffGet("STF-DUP-2");
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(edit(second, "slug", "stf-dup-1"))
                .put("/api/staff/products/STF-DUP-2").then().statusCode(409)
                .body("errors.field", equalTo(List.of("slug")));
        given().get("/api/products/STF-DUP-3").then().statusCode(404);
        given().get("/api/products/stf-dup-1").then().statusCode(200).body("sku", equalTo("STF-DUP-1"));
    }

    @Test
    void anEditorCanRoundTripWhatItReadsIncludingTheStatus() {
        ReservationTest.product("STF-TRIP-1", 1);
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/products/STF-TRIP-1/archive").then().statusCode(200);
        Map<String, Object> archived = staffGet("STF-TRIP-1");
        Map<String, Object> renamed = edit(edit(archived, "name", "改名"), "tags", List.of("新しい"));
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(renamed)
                .put("/api/staff/products/STF-TRIP-1").then().statusCode(200).body("status", equalTo("archived"))
                .body("name", equalTo("改名")).body("version", equalTo((Integer) archived.get("version") + 1));
        given().get("/api/products/STF-TRIP-1").then().statusCode(404);

        Map<String, Object> draft = edit(staffGet("STF-TRIP-1"), "status", "draft");
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(draft)
                .put("/api/staff/products/STF-TRIP-1").then().statusCode(200).body("status", equalTo("draft"));
        given().auth().oauth2(TestTokens.staff()).queryParam("status", "draft").queryParam("size", 100)
                .get("/api/staff/products").then().statusCode(200).body("items.sku", hasItem("STF-TRIP-1"))
                .body("items.status", everyItem(equalTo("draft")));
        given().get("/api/products/STF-TRIP-1").then().statusCode(404);
    }

    @Test
    void staffListEveryProductPageByPage() {
        ReservationTest.product("STF-LIST-1", 1);
        int total = given().auth().oauth2(TestTokens.staff()).get("/api/staff/products").then().statusCode(200)
                .extract().path("total");
        List<String> seen = new ArrayList<>();
        for (int page = 0; page * 5 < total; page++) {
            seen.addAll(given().auth().oauth2(TestTokens.staff()).queryParam("size", 5).queryParam("page", page)
                    .get("/api/staff/products").then().statusCode(200).extract().<List<String>>path("items.sku"));
        }
        assertEquals(total, seen.size());
        assertEquals(total, seen.stream().distinct().count());
        assertTrue(seen.contains("STF-LIST-1"));
        given().auth().oauth2(TestTokens.staff()).queryParam("status", "deleted").get("/api/staff/products")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(TestTokens.staff()).queryParam("size", 101).get("/api/staff/products")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void aProductCannotBePublishedIntoAnArchivedCategory() {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("slug", "stf-closed", "name", "閉店", "nameEn", "Closed")).post("/api/staff/categories")
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("sku", "STF-CLOSED-1", "category", "stf-closed", "name", "下書き", "priceYen", 100,
                        "taxRate", 10, "status", "draft"))
                .post("/api/staff/products").then().statusCode(201).body("status", equalTo("draft"));
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/categories/stf-closed/archive").then()
                .statusCode(200);
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/products/STF-CLOSED-1/publish").then()
                .statusCode(409)
                .contentType("application/problem+json").body("errors.field", hasItem("category"));
        given().get("/api/products/STF-CLOSED-1").then().statusCode(404);
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(Map.of("sku", "STF-CLOSED-2", "category", "stf-closed", "name", "x", "priceYen", 100, "taxRate",
                        10))
                .post("/api/staff/products").then().statusCode(400).body("errors.field", hasItem("category"));
    }

    @Test
    void editsAreValidatedAndARefusedEditChangesNothing() {
        ReservationTest.product("STF-PUT-1", 1);
        Map<String, Object> product = staffGet("STF-PUT-1");
        expectPutField(edit(product, "taxRate", 5), "taxRate");
        expectPutField(edit(product, "version", null), "version");
        expectPutField(edit(product, "sku", "STF-PUT-2"), "sku");
        expectPutField(edit(product, "priceYen", -1), "priceYen");
        expectPutField(edit(product, "description", "説".repeat(10_001)), "description");
        expectPutField(edit(product, "tags", java.util.Collections.nCopies(21, "多")), "tags");
        expectPutField(edit(product, "tags", List.of("長".repeat(61))), "tags[0].<list element>");
        expectPutField(edit(product, "category", "no-such-category"), "category");
        expectPutField(edit(product, "status", "deleted"), "status");
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body(edit(product, "sku", "NO-SUCH-SKU"))
                .put("/api/staff/products/NO-SUCH-SKU").then().statusCode(404).contentType("application/problem+json");
        assertEquals(product, staffGet("STF-PUT-1"), "nothing of the refused edits was written");
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/products/NO-SUCH-SKU/publish").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.staff()).get("/api/staff/products/NO-SUCH-SKU").then().statusCode(404);
    }

    @Test
    void draftsAndArchivedProductsAreHiddenFromShoppersButKept() {
        ReservationTest.product("STF-LIFE-1", 1);
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/products/STF-LIFE-1/archive").then().statusCode(200)
                .body("status", equalTo("archived"));
        given().get("/api/products/STF-LIFE-1").then().statusCode(404);
        given().auth().oauth2(TestTokens.staff()).get("/api/staff/products/STF-LIFE-1").then().statusCode(200);
        given().auth().oauth2(TestTokens.staff()).post("/api/staff/products/STF-LIFE-1/publish").then().statusCode(200);
        given().get("/api/products/STF-LIFE-1").then().statusCode(200);
    }

    @Test
    void productInputIsValidatedFieldByField() {
        ReservationTest.product("STF-VALID-1", 1);
        Map<String, Object> base = Map.of("sku", "STF-VALID-2", "category", "c-stf-valid-1", "name", "検証",
                "priceYen", 100, "taxRate", 10);
        expectField(edit(base, "sku", "lower-case"), "sku");
        expectField(edit(base, "name", "名".repeat(201)), "name");
        expectField(edit(base, "priceYen", 20_000_000), "priceYen");
        expectField(edit(base, "category", "no-such-category"), "category");
        expectField(edit(base, "imageIds", List.of("../../etc/passwd")), "imageIds[0].<list element>");
        expectField(edit(base, "stock", -1), "stock");
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON)
                .body("{\"sku\":\"STF-VALID-3\",\"category\":"
                        + "\"c-stf-valid-1\",\"name\":\"x\",\"priceYen\":\"100\",\"taxRate\":10}")
                .post("/api/staff/products")
                .then().statusCode(400).body("errors.field", hasItem("priceYen"));
        given().get("/api/products/STF-VALID-2").then().statusCode(404);
    }

    @Test
    void everyStaffEndpointRefusesAnonymousAndShopperCallers() {
        ReservationTest.product("STF-AUTH-1", 1);
        List<String[]> endpoints = List.of(
                new String[]{"GET", "/api/staff/products"},
                new String[]{"POST", "/api/staff/products"},
                new String[]{"GET", "/api/staff/products/STF-AUTH-1"},
                new String[]{"PUT", "/api/staff/products/STF-AUTH-1"},
                new String[]{"POST", "/api/staff/products/STF-AUTH-1/publish"},
                new String[]{"POST", "/api/staff/products/STF-AUTH-1/archive"},
                new String[]{"GET", "/api/staff/categories"},
                new String[]{"POST", "/api/staff/categories"},
                new String[]{"PUT", "/api/staff/categories/c-stf-auth-1"},
                new String[]{"POST", "/api/staff/categories/c-stf-auth-1/archive"},
                new String[]{"POST", "/api/staff/categories/c-stf-auth-1/publish"},
                new String[]{"GET", "/api/staff/stock/STF-AUTH-1"},
                new String[]{"POST", "/api/staff/stock/STF-AUTH-1/adjustments"},
                new String[]{"GET", "/api/staff/stock/STF-AUTH-1/ledger"});
        List<String[]> all = new ArrayList<>(endpoints);
        for (String entity : ARCHIVED) {
            all.add(new String[]{"GET", "/api/staff/export/" + entity});
            all.add(new String[]{"POST", "/api/staff/import/" + entity});
        }
        for (String[] endpoint : all) {
            given().contentType(ContentType.JSON).body("{}").request(endpoint[0], endpoint[1])
                    .then().statusCode(401).contentType("application/problem+json");
            given().auth().oauth2(TestTokens.shopper()).contentType(ContentType.JSON).body("{}")
                    .request(endpoint[0], endpoint[1]).then().statusCode(403);
        }
        for (String entity : ARCHIVED) {
            // Staff may export; only the owner may import, because an import can change every row.
            given().auth().oauth2(TestTokens.staff()).contentType("application/x-ndjson").body(new byte[0])
                    .post("/api/staff/import/" + entity).then().statusCode(403);
        }
        given().get("/api/products/STF-AUTH-1").then().statusCode(200).body("status", equalTo("published"))
                .body("available", equalTo(1));
    }

    private static void expectPutField(Map<String, Object> body, String field) {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(body)
                .put("/api/staff/products/STF-PUT-1").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> staffGet(String sku) {
        return given().auth().oauth2(TestTokens.staff()).get("/api/staff/products/" + sku).then().statusCode(200)
                .extract().as(Map.class);
    }

    static long rows(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("dozo.test.db.url"),
                MariaDbTestResource.USER, MariaDbTestResource.PASSWORD);
                var statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next());
            return result.getLong(1);
        }
    }

    private static void expectField(Map<String, Object> body, String field) {
        given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON).body(body).post("/api/staff/products")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    private static Map<String, Object> edit(Map<String, Object> product, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(product);
        copy.put(field, value);
        return copy;
    }
}
