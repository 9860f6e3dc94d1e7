package shop.dozo.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.dozo.content.ContentApi.asStaff;
import static shop.dozo.content.ContentApi.create;
import static shop.dozo.content.ContentApi.document;
import static shop.dozo.content.ContentApi.rows;
import static shop.dozo.content.ContentApi.with;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.S3TestResource;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(S3TestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class PageApiTest {

    @Test
    void fiveSavesAreFiveRevisionsAndRestoringTheSecondMakesASixthEqualToIt() throws Exception {
        long rowsBefore = rows("page_revision");
        create("pages", with(document("history", "沿革 1", "version 1"), "status", "published")).then().statusCode(201)
                .body("revision", equalTo(1));
        for (int revision = 2; revision <= 5; revision++) {
            asStaff().body(with(document(null, "沿革 " + revision, "version " + revision), "revision", revision - 1))
                    .put("/api/staff/pages/history").then().statusCode(200).body("revision", equalTo(revision));
        }

        JsonPath history =
                asStaff().get("/api/staff/pages/history/revisions").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 2, 3, 4, 5), history.getList("revision"));
        assertEquals(List.of("created", "edited", "edited", "edited", "edited"), history.getList("action"));
        assertEquals("staff@dozo.test", history.getString("author[4]"));

        asStaff().post("/api/staff/pages/history/revisions/2/restore").then().statusCode(200)
                .body("revision", equalTo(6)).body("body", equalTo("version 2"));
        Map<String, Object> second =
                asStaff().get("/api/staff/pages/history/revisions/2").then().extract().jsonPath().getMap("");
        Map<String, Object> sixth = asStaff().get("/api/staff/pages/history/revisions/6").then().statusCode(200)
                .body("action", equalTo("restored")).body("restoredFrom", equalTo(2)).extract().jsonPath().getMap("");
        for (String field : List.of("title", "titleEn", "body", "html", "status", "publishedAt")) {
            assertEquals(second.get(field), sixth.get(field), field);
        }
        given().get("/api/pages/history").then().statusCode(200).body("title", equalTo("沿革 2"));
        assertEquals(rowsBefore + 6, rows("page_revision"), "one row per save, none removed");

        asStaff().post("/api/staff/pages/history/archive").then().statusCode(200).body("status", equalTo("archived"))
                .body("revision", equalTo(7));
        given().get("/api/pages/history").then().statusCode(404);
        asStaff().get("/api/staff/pages/history/revisions/1").then().statusCode(200).body("body", equalTo("version 1"));
        assertEquals(rowsBefore + 7, rows("page_revision"), "archiving deletes nothing either");
        assertEquals(7,
                asStaff().get("/api/staff/pages/history/revisions").then().extract().jsonPath().getList("").size());
    }

    @Test
    void aStaleSaveIsRefusedWithTheCurrentRevisionSoTheEditorCanMerge() {
        create("pages", document("stale", "在庫について", "first")).then().statusCode(201);
        asStaff().body(with(document(null, "在庫について", "Hanako's edit"), "revision", 1)).put("/api/staff/pages/stale")
                .then().statusCode(200);

        asStaff().body(with(document(null, "在庫について", "Taro's edit of revision 1"), "revision", 1))
                .put("/api/staff/pages/stale").then().statusCode(409).contentType("application/problem+json")
                .body("current.revision", equalTo(2)).body("current.body", equalTo("Hanako's edit"))
                .body("detail", containsString("revision 2"));
        asStaff().body(document(null, "在庫について", "no revision")).put("/api/staff/pages/stale")
                .then().statusCode(400).body("errors.field", hasItem("revision"));
        asStaff().get("/api/staff/pages/stale").then().body("body", equalTo("Hanako's edit")).body("revision",
                equalTo(2));
    }

    @Test
    void anExistingSlugAnswers409SoSeedingTwiceIsHarmless() {
        create("pages", document("seeded", "送料", "全国一律770円")).then().statusCode(201);
        create("pages", document("seeded", "別の送料", "overwrite?")).then().statusCode(409)
                .body("current.title", equalTo("送料")).body("current.revision", equalTo(1));
        asStaff().get("/api/staff/pages/seeded/revisions").then().body("size()", equalTo(1));
    }

    @Test
    void publishedPagesAreRenderedToSafeHtml() {
        create("pages",
                with(document("safe", "安全", "## 見出し\n\n<b onclick=\"steal()\">x</b> [link](javascript:alert(1))"),
                        "status", "published"))
                .then().statusCode(201);

        given().get("/api/pages/safe").then().statusCode(200)
                .body("html", containsString("<h2>見出し</h2>"))
                .body("html", containsString("&lt;b onclick"))
                .body("html", not(containsString("javascript:")))
                .body("$", not(org.hamcrest.Matchers.hasKey("body")));
        given().get("/api/pages").then().statusCode(200).body("slug", hasItem("safe"));
    }

    @Test
    void aScriptInABodyIsRefusedWithAClearMessage() {
        create("pages", document("scripted", "x", "hello <script>alert(1)</script>")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("body"))
                .body("detail", containsString("<script>"));
        create("pages", document("unscripted", "x", "hello")).then().statusCode(201);
        asStaff().body(with(document(null, "x", "<SCRIPT src=//evil.example/x.js></SCRIPT>"), "revision", 1))
                .put("/api/staff/pages/unscripted").then().statusCode(400);
        asStaff().get("/api/staff/pages/unscripted").then().body("revision", equalTo(1));
    }

    @Test
    void draftsStayOffTheShopUntilPublished() {
        create("pages", document("draft", "下書き", "soon")).then().statusCode(201).body("status", equalTo("draft"));
        given().get("/api/pages/draft").then().statusCode(404);
        given().get("/api/pages").then().body("slug", not(hasItem("draft")));
        asStaff().post("/api/staff/pages/draft/publish").then().statusCode(200).body("revision", equalTo(2));
        asStaff().post("/api/staff/pages/draft/publish").then().statusCode(200).body("revision", equalTo(2));
        given().get("/api/pages/draft").then().statusCode(200).body("title", equalTo("下書き"));
    }

    @Test
    void unknownSlugsAndRevisionsAnswer404AndBadInputNamesTheField() {
        given().get("/api/pages/no-such-page").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no-such-page"));
        asStaff().get("/api/staff/pages/no-such-page").then().statusCode(404);
        asStaff().body(with(document(null, "x", "y"), "revision", 1)).put("/api/staff/pages/no-such-page").then()
                .statusCode(404);
        create("pages", document("one-revision", "x", "y")).then().statusCode(201);
        asStaff().post("/api/staff/pages/one-revision/revisions/9/restore").then().statusCode(404)
                .body("detail", containsString("1 to 1"));

        create("pages", document("Not A Slug", "x", "y")).then().statusCode(400).body("errors.field", hasItem("slug"));
        create("pages", document("no-title", "", "y")).then().statusCode(400).body("errors.field", hasItem("title"));
        create("pages", with(document("bad-status", "x", "y"), "status", "archived")).then().statusCode(400)
                .body("errors.field", hasItem("status"));
        asStaff().body(with(document("renamed", "x", "y"), "revision", 1)).put("/api/staff/pages/one-revision")
                .then().statusCode(400).body("errors.field", hasItem("slug"));
    }
}
