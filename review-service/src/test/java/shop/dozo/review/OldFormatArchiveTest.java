package shop.dozo.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static shop.dozo.review.Reviews.newProduct;
import static shop.dozo.review.Reviews.post;
import static shop.dozo.review.Reviews.review;
import static shop.dozo.review.Reviews.staff;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import shop.dozo.review.contract.ContractServersResource;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

/**
 * The review tables of an archive written by the review exporter before it moved onto NdjsonTables (issue 15;
 * {@code src/test/resources/archive/old-format}, captured from that exporter): they import, and the export writes
 * them again byte for byte, so the old and the new format are one. An import is all or nothing.
 */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
@QuarkusTestResource(ContractServersResource.class)
class OldFormatArchiveTest {
    private static final long FIRST_ID = 900_001;

    @Test
    void anArchiveOfTheOldExporterImportsAndIsExportedAgainByteForByte() {
        String reviews = fixture("reviews");
        String events = fixture("moderation-events");

        importAs("reviews", reviews).statusCode(200).body("imported", equalTo(4)).body("rows", equalTo(4));
        importAs("moderation-events", events).statusCode(200).body("imported", equalTo(8)).body("rows", equalTo(8));

        assertEquals(reviews, fixtureRows(export("reviews")), "the old format is the format");
        assertEquals(events, fixtureRows(export("moderation-events")));
        staff().get("/api/staff/reviews/" + (FIRST_ID + 2)).then().statusCode(200).body("status", equalTo("approved"))
                .body("reply.body", equalTo("ありがとうございます\n店主"))
                .body("createdAt", equalTo("2026-12-04T18:25:54.023910Z"));
        staff().get("/api/staff/reviews/" + FIRST_ID).then().statusCode(200).body("status", equalTo("withdrawn"))
                .body("body", equalTo("一行目\n二行目\t😀 \"quoted\" \\ back"));

        // A second import of the same archive changes nothing.
        String before = export("reviews");
        String eventsBefore = export("moderation-events");
        importAs("reviews", reviews).statusCode(200).body("imported", equalTo(4));
        importAs("moderation-events", events).statusCode(200).body("imported", equalTo(8));
        assertEquals(before, export("reviews"));
        assertEquals(eventsBefore, export("moderation-events"));
    }

    @Test
    void aDamagedLineAfterManyGoodOnesLeavesTheTablesAsTheyWere() {
        importAs("reviews", fixture("reviews")).statusCode(200);
        importAs("moderation-events", fixture("moderation-events")).statusCode(200);
        String reviews = export("reviews");
        String events = export("moderation-events");

        // Good lines that would change every fixture review, more of them than one old import batch (7 in tests)...
        String changed = fixture("reviews").replace("\"title\":\"よかったです\"", "\"title\":\"書き換え\"")
                .replace("\"title\":\"t\"", "\"title\":\"書き換え\"");
        String good = changed.repeat(3);
        // ...then a line cut off, one naming a status no review has, and one the table refuses.
        String cut = changed.lines().findFirst().orElseThrow();
        cut = cut.substring(0, cut.length() / 2);
        ValidatableResponse cutOff = importAs("reviews", good + cut + "\n");
        assertEquals(reviews, export("reviews"), "none of the 12 good lines before the cut-off one was kept");
        cutOff.statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Line 13")).body("detail", containsString("nothing was written"))
                .body("errors[0].field", equalTo("line 13"));
        importAs("reviews",
                good + changed.lines().findFirst().orElseThrow().replace("\"WITHDRAWN\"", "\"DELETED\"") + "\n")
                .statusCode(400).body("detail", containsString("Line 13"));
        importAs("reviews", good + changed.lines().findFirst().orElseThrow().replace("\"rating\":5", "\"rating\":9")
                + "\n").statusCode(400).body("detail", containsString("Line 13"))
                .body("detail", containsString("rating"));
        assertEquals(reviews, export("reviews"), "not one of the good lines was kept");

        String goodEvents = fixture("moderation-events").replace("\"actor\":\"shopper\"", "\"actor\":\"someone\"")
                .repeat(2);
        importAs("moderation-events", goodEvents + "{\"id\":" + FIRST_ID + ",\"reviewId\":" + FIRST_ID
                + ",\"action\":\"DELETED\"}\n").statusCode(400).body("detail", containsString("Line 17"));
        assertEquals(events, export("moderation-events"));
    }

    @Test
    void thePostersAddressHashStaysOutAndAnImportLeavesItAlone() {
        String sku = newProduct("OLDFMT");
        post(review(sku, 4)).statusCode(202);
        long id = Reviews.idOf(sku);
        String hash = clientHash(id);
        assertNotNull(hash, "a shopper's review has the hash of the poster's address");
        String line =
                export("reviews").lines().filter(l -> l.startsWith("{\"id\":" + id + ",")).findFirst().orElseThrow();
        assertFalse(line.contains(hash), "the hash is in no field of the archive");

        importAs("reviews", line + "\n").statusCode(200).body("imported", equalTo(1));
        assertEquals(hash, clientHash(id), "an import of the row keeps the hash it has");

        String withHash = line.replace("\"bodyHash\":", "\"clientHash\":\"" + "0".repeat(64) + "\",\"bodyHash\":");
        importAs("reviews", withHash + "\n").statusCode(400).body("detail", containsString("Line 1"))
                .body("detail", containsString("clientHash"));
        String snakeCase = line.replace("\"externalId\":", "\"external_id\":");
        importAs("reviews", snakeCase + "\n").statusCode(400).body("detail", containsString("external_id"));
        assertEquals(hash, clientHash(id));
    }

    @Test
    void textThePostingRulesRefuseIsRefusedFromAnArchiveToo() {
        String line = fixture("reviews").lines().filter(l -> l.contains("\"old-format-1\"")).findFirst().orElseThrow();
        importAs("reviews", line.replace("\"nickname\":\"n\"", "\"nickname\":\"a\\u0000b\"") + "\n").statusCode(400)
                .body("detail", containsString("Line 1")).body("detail", containsString("nickname"));
        // Bytes that are not UTF-8 are refused, not stored as U+FFFD.
        byte[] good = (line + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] notUtf8 = java.util.Arrays.copyOf(good, good.length * 2);
        System.arraycopy(good, 0, notUtf8, good.length, good.length);
        int nickname = new String(good, StandardCharsets.UTF_8).indexOf("\"nickname\":\"n\"") + 12;
        notUtf8[good.length + nickname] = (byte) 0xFF;
        given().auth().oauth2(TestTokens.owner()).contentType("application/x-ndjson").body(notUtf8)
                .post("/api/staff/import/reviews").then().statusCode(400).body("detail", containsString("Line 2"))
                .body("detail", containsString("UTF-8"));
        // A bidi override is refused in a one-line field and kept in a multi-line one, as when it was posted.
        importAs("reviews", line.replace("\"nickname\":\"n\"", "\"nickname\":\"a\\u202Eb\"") + "\n").statusCode(400)
                .body("detail", containsString("bidi"));
        importAs("reviews", line.replace("\"body\":\"b\"", "\"body\":\"a\\u202Eb\"").replace("\"old-format-1\"",
                "\"old-format-multi-line\"").replace("{\"id\":" + (FIRST_ID + 3), "{\"id\":" + (FIRST_ID + 50)) + "\n")
                .statusCode(200);
    }

    private static ValidatableResponse importAs(String entity, String ndjson) {
        return given().auth().oauth2(TestTokens.owner()).contentType("application/x-ndjson")
                .body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/api/staff/import/" + entity).then();
    }

    private static String export(String entity) {
        return staff().get("/api/staff/export/" + entity).then().statusCode(200).extract().asString();
    }

    /** The lines of an export that are the fixture's rows (ids 900001 to 900008). */
    private static String fixtureRows(String export) {
        List<String> rows = export.lines().filter(line -> {
            long id = Long.parseLong(line.substring(6, line.indexOf(',')));
            return id >= FIRST_ID && id < FIRST_ID + 8;
        }).toList();
        return rows.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    private static String fixture(String table) {
        try (InputStream in =
                OldFormatArchiveTest.class.getResourceAsStream("/archive/old-format/" + table + ".ndjson")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String clientHash(long id) {
        try (Connection db =
                DriverManager.getConnection(System.getProperty("dozo.test.db.url"), MariaDbTestResource.USER,
                        MariaDbTestResource.PASSWORD);
                PreparedStatement query = db.prepareStatement("SELECT client_hash FROM review WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
