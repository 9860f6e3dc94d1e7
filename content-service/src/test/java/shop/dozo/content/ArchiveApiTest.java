package shop.dozo.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.content.ContentApi.asStaff;
import static shop.dozo.content.ContentApi.create;
import static shop.dozo.content.ContentApi.document;
import static shop.dozo.content.ContentApi.rows;
import static shop.dozo.content.ContentApi.with;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.S3TestResource;
import shop.dozo.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(S3TestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class ArchiveApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void pagesAndTheirRevisionsExportInIdOrderAndImportWithoutChangingAnything() throws Exception {
        create("pages", document("archived-page", "アーカイブ", "one")).then().statusCode(201);
        asStaff().body(with(document(null, "アーカイブ", "two"), "revision", 1)).put("/api/staff/pages/archived-page")
                .then().statusCode(200);
        create("news", document("archived-news", "お知らせ", "x")).then().statusCode(201);

        String pages = export("pages");
        List<JsonNode> pageRows = lines(pages);
        assertIdsAscending(pageRows);
        JsonNode page = pageRows.stream().filter(row -> row.get("slug").asText().equals("archived-page")).findFirst()
                .orElseThrow();
        assertEquals(2, page.get("revision").asInt());
        assertTrue(page.has("created_at") && page.has("updated_at") && page.has("updated_by"), page.toString());
        List<JsonNode> revisions = lines(export("page-revisions"));
        assertIdsAscending(revisions);
        assertEquals(2,
                revisions.stream().filter(row -> row.get("page_id").asLong() == page.get("id").asLong()).count());
        assertIdsAscending(lines(export("news")));
        assertIdsAscending(lines(export("news-revisions")));

        long revisionRows = rows("page_revision");
        importAsOwner("pages", pages).then().statusCode(200).body("imported", equalTo(pageRows.size()));
        importAsOwner("page-revisions", export("page-revisions")).then().statusCode(200);
        assertEquals(pages, export("pages"), "a re-import changes nothing");
        assertEquals(revisionRows, rows("page_revision"));
        given().auth().oauth2(TestTokens.staff()).get("/api/staff/export/nothing").then().statusCode(404);
    }

    @Test
    void theMediaExportIsAManifestThatImportsBack() throws Exception {
        String id = given().auth().oauth2(TestTokens.staff()).contentType("image/png")
                .body(TestImages.png(20, 10, Color.MAGENTA)).queryParam("alt", "見本").post("/api/staff/media")
                .then().statusCode(201).extract().path("id");

        String manifest = export("media");
        List<JsonNode> media = lines(manifest);
        JsonNode line = media.stream().filter(row -> row.get("id").asText().equals(id)).findFirst().orElseThrow();
        assertEquals(id, line.get("key").asText());
        assertEquals(id, line.get("sha256").asText());
        assertEquals(MediaApiTest.object(id).length, line.get("size").asLong());
        assertEquals("image/png", line.get("type").asText());
        assertEquals("見本", line.get("alt").asText());
        assertEquals(line.get("size").asLong(), line.get("size_bytes").asLong());
        for (int i = 1; i < media.size(); i++) {
            assertTrue(media.get(i - 1).get("id").asText().compareTo(media.get(i).get("id").asText()) < 0);
        }

        long before = rows("media");
        importAsOwner("media", manifest).then().statusCode(200).body("imported", equalTo(media.size()));
        assertEquals(manifest, export("media"));
        assertEquals(before, rows("media"));

        String tampered = manifest.replace("\"sha256\":\"" + id + "\"", "\"sha256\":\"" + "f".repeat(64) + "\"");
        importAsOwner("media", tampered).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staff()).contentType("application/x-ndjson")
                .body(manifest.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/staff/import/media").then().statusCode(403);
    }

    @Test
    void anArchivedOriginalGoesBackOnlyIfItsBytesMatchItsId() throws Exception {
        byte[] original = MediaApiTest.object(given().auth().oauth2(TestTokens.staff()).contentType("image/png")
                .body(TestImages.png(6, 6, Color.YELLOW)).post("/api/staff/media").then().extract().path("id"));
        String id = shop.dozo.content.media.MediaDigest.sha256(original);
        given().auth().oauth2(TestTokens.owner()).contentType("application/octet-stream").body(original)
                .put("/api/staff/import/media/" + id).then().statusCode(204);
        given().auth().oauth2(TestTokens.owner()).contentType("application/octet-stream").body(original)
                .put("/api/staff/import/media/" + "e".repeat(64)).then().statusCode(422);
    }

    private static String export(String entity) {
        return given().auth().oauth2(TestTokens.staff()).get("/api/staff/export/" + entity).then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
    }

    private static io.restassured.response.Response importAsOwner(String entity, String ndjson) {
        return given().auth().oauth2(TestTokens.owner()).contentType("application/x-ndjson")
                .body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/staff/import/" + entity);
    }

    private static List<JsonNode> lines(String ndjson) throws Exception {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : ndjson.split("\n")) {
            if (!line.isBlank()) {
                rows.add(JSON.readTree(line));
            }
        }
        assertTrue(ndjson.isEmpty() || ndjson.endsWith("\n"));
        return rows;
    }

    private static void assertIdsAscending(List<JsonNode> rows) {
        assertTrue(!rows.isEmpty());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).get("id").asLong() < rows.get(i).get("id").asLong(), rows.toString());
        }
    }
}
