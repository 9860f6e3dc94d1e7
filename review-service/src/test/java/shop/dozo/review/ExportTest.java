package shop.dozo.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.review.Reviews.newProduct;
import static shop.dozo.review.Reviews.post;
import static shop.dozo.review.Reviews.review;
import static shop.dozo.review.Reviews.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shop.dozo.review.contract.ContractServersResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;

/** The shop archive's review tables: NDJSON by id, every row, every column needed to restore it. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(ContractServersResource.class)
class ExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void reviewsAreExportedInIdOrderAcrossBatchesWithEveryStatus() throws Exception {
        // Sixteen rows (more than the old exporter read at a time in tests), in every state.
        String sku = newProduct("EXP");
        for (int i = 0; i < 16; i++) {
            post(review(sku, i % 5 + 1)).statusCode(202);
        }
        List<Long> ids = staff().queryParam("sku", sku).queryParam("size", 100).get("/api/staff/reviews").then()
                .extract().jsonPath().getList("items.id", Long.class);
        Reviews.approve(ids.get(0)).statusCode(200);
        Reviews.reject(ids.get(1), "スパム").statusCode(200);
        staff().body("{}").post("/api/staff/reviews/" + ids.get(2) + "/withdraw").then().statusCode(200);

        List<JsonNode> rows = export("reviews");
        assertIncreasingIds(rows);
        List<JsonNode> ours = rows.stream().filter(row -> row.path("sku").asText().equals(sku)).toList();
        assertEquals(16, ours.size());
        assertEquals(List.of("PENDING", "APPROVED", "REJECTED", "WITHDRAWN"), ours.stream()
                .map(row -> row.path("status").asText()).distinct().sorted((a, b) -> order(a) - order(b)).toList());
        JsonNode approved =
                ours.stream().filter(row -> row.path("id").asLong() == ids.get(0)).findFirst().orElseThrow();
        for (String field : List.of("id", "sku", "rating", "title", "body", "nickname", "status", "purchaseCheck",
                "withdrawKeyHash", "bodyHash", "version", "createdAt", "updatedAt")) {
            assertFalse(approved.path(field).isMissingNode() || approved.path(field).isNull(), field);
        }
        assertEquals(1, approved.path("version").asLong());
        assertFalse(approved.has("clientHash"), "the poster's address hash stays out of the archive");
    }

    @Test
    void moderationEventsAreExportedInIdOrder() throws Exception {
        String sku = newProduct("EXP");
        post(review(sku, 4)).statusCode(202);
        long id = Reviews.idOf(sku);
        Reviews.reject(id, "誤字が多い").statusCode(200);
        Reviews.approve(id).statusCode(200);

        List<JsonNode> rows = export("moderation-events");
        assertIncreasingIds(rows);
        List<JsonNode> ours = rows.stream().filter(row -> row.path("reviewId").asLong() == id).toList();
        assertEquals(List.of("SUBMITTED", "REJECTED", "APPROVED"),
                ours.stream().map(row -> row.path("action").asText()).toList());
        assertEquals("誤字が多い", ours.get(1).path("reason").asText());
        assertEquals("staff@dozo.test", ours.get(1).path("actor").asText());
        assertNotNull(ours.get(2).path("createdAt").textValue());
    }

    private static List<JsonNode> export(String entity) throws Exception {
        Response response = staff().get("/api/staff/export/" + entity);
        assertEquals(200, response.statusCode());
        assertTrue(response.contentType().startsWith("application/x-ndjson"), response.contentType());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : response.asString().split("\n")) {
            rows.add(JSON.readTree(line));
        }
        assertTrue(response.asString().endsWith("\n"));
        return rows;
    }

    private static void assertIncreasingIds(List<JsonNode> rows) {
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).path("id").asLong() < rows.get(i).path("id").asLong(),
                    "ids in order at line " + i);
        }
    }

    private static int order(String status) {
        return List.of("PENDING", "APPROVED", "REJECTED", "WITHDRAWN").indexOf(status);
    }
}
