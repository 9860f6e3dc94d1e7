package shop.dozo.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.S3TestResource;
import shop.dozo.testsupport.TestTokens;

/** Requests an attacker sends: impossible slugs, huge pages, odd manifests get a 4xx problem, never a 500. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(S3TestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class HostileInputTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void nonAsciiSlugsAre404BeforeAnySql() {
        problem(given().get("/api/pages/会社"), 404);
        problem(given().get("/api/news/お知らせ"), 404);
        problem(given().auth().oauth2(TestTokens.staff()).get("/api/staff/pages/会社"), 404);
    }

    @Test
    void aHugeMediaPageIsA400() {
        problem(given().auth().oauth2(TestTokens.staff()).queryParam("page", Integer.MAX_VALUE).get("/api/staff/media"),
                400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void aManifestLineThatIsNoRowIsA400() {
        for (String body : new String[]{"null", "[]", "\"media\""}) {
            problem(importMedia(body), 400).body("errors[0].field", equalTo("line 1"));
        }
    }

    @Test
    void aManifestWithAContentTypeUploadWouldRefuseIsA400() {
        String row =
                "{\"id\":\"" + "a".repeat(64) + "\",\"content_type\":\"image/png\\r\\nX-Evil: 1\",\"size_bytes\":1}";
        problem(importMedia(row), 400);
        problem(importMedia(row.replace("image/png\\r\\nX-Evil: 1", "text/html")), 400);
    }

    @Test
    void anArchivedRowMustNameTheTypeSniffedFromItsBytesAndOriginalsAreServedSandboxed() {
        byte[] polyglot = "GIF89a<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
        String id = shop.dozo.content.media.MediaDigest.sha256(polyglot);
        String png = given().auth().oauth2(TestTokens.staff()).contentType("image/png")
                .body(TestImages.png(4, 4, Color.PINK)).post("/api/staff/media").then().statusCode(201).extract()
                .path("id");
        String pngRow = given().auth().oauth2(TestTokens.staff()).get("/api/staff/export/media").then().statusCode(200)
                .extract().asString().lines().filter(line -> line.contains(png)).findFirst().orElseThrow();
        String row = pngRow.replace(png, id).replaceAll("\"size(_bytes)?\":\\d+", "\"size$1\":" + polyglot.length);

        problem(importMedia(row), 400).body("errors[0].message",
                org.hamcrest.Matchers.containsString("put its bytes first"));
        given().auth().oauth2(TestTokens.owner()).contentType("application/octet-stream").body(polyglot)
                .put("/api/staff/import/media/" + id).then().statusCode(204);
        problem(importMedia(row), 400).body("errors[0].message", org.hamcrest.Matchers.containsString("image/gif"));
        problem(importMedia(row.replace("image/png", "text/html")), 400);
        problem(importMedia(row.replace("image/png", "image/gif").replace("\"size_bytes\":" + polyglot.length,
                "\"size_bytes\":" + (polyglot.length + 100))), 400)
                .body("errors[0].message", org.hamcrest.Matchers.containsString("size"));
        importMedia(row.replace("image/png", "image/gif")).then().statusCode(200).body("imported", equalTo(1));

        given().get("/api/media/" + id).then().statusCode(200).contentType("image/gif")
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", "sandbox");
        given().get("/api/media/" + png + "/list").then().statusCode(200).header("Content-Security-Policy", "sandbox");
    }

    @Test
    void aStoredOddContentTypeIsServedAsBytes() throws Exception {
        String id = given().auth().oauth2(TestTokens.staff()).contentType("image/png")
                .body(TestImages.png(5, 5, Color.CYAN)).post("/api/staff/media").then().statusCode(201).extract()
                .path("id");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE media SET content_type = ? WHERE id = ?")) {
            update.setString(1, "image/png\r\nX-Evil: 1");
            update.setString(2, id);
            update.executeUpdate();
        }
        given().get("/api/media/" + id).then().statusCode(200).contentType("application/octet-stream")
                .header("X-Evil", (String) null);
    }

    private static Response importMedia(String ndjson) {
        return given().auth().oauth2(TestTokens.owner()).contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/api/staff/import/media");
    }

    private static ValidatableResponse problem(Response response, int status) {
        return response.then().statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status));
    }
}
