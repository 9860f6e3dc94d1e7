package shop.dozo.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static shop.dozo.content.ContentApi.asShopOwner;
import static shop.dozo.content.ContentApi.asStaff;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
class SettingsApiTest {

    @Test
    void theOwnerEditsTheSettingsAndTheShopReadsThem() {
        int version = asStaff().get("/api/staff/settings").then().statusCode(200).extract().path("version");
        asShopOwner().body(settings(version, "/pages/shipping")).put("/api/staff/settings").then().statusCode(200)
                .body("version", equalTo(version + 1)).body("updatedBy", equalTo("owner@dozo.test"));

        given().get("/api/settings").then().statusCode(200)
                .body("name", equalTo("ことり舎")).body("tagline", equalTo("からだと地球にやさしい暮らしの道具"))
                .body("navigation[1].href", equalTo("/pages/shipping")).body("legalNoticeSlug", equalTo("law"))
                .body("$", not(hasKey("updatedBy")));

        // A second save from the same starting version (a re-run seed, a second tab) changes nothing.
        asShopOwner().body(settings(version, "/pages/other")).put("/api/staff/settings").then().statusCode(409)
                .body("current.version", equalTo(version + 1))
                .body("current.navigation[1].href", equalTo("/pages/shipping"));
    }

    @Test
    void onlyTheOwnerChangesTheSettings() {
        int version = asStaff().get("/api/staff/settings").then().statusCode(200).extract().path("version");
        asStaff().body(settings(version, "/pages/staff-was-here")).put("/api/staff/settings").then().statusCode(403);
        asStaff().get("/api/staff/settings").then().body("version", equalTo(version));
    }

    @Test
    void menuLinksMustStayOnTheShopOrBeHttp() {
        for (String href : List.of("javascript:alert(1)", "//evil.example/", "/\\evil.example/", "/pages\\..\\x",
                "data:text/html,x", "pages/relative")) {
            asShopOwner().body(settings(0, href)).put("/api/staff/settings").then().statusCode(400)
                    .body("errors.field", hasItem("navigation[1].href"));
        }
        asShopOwner().body(Map.of("name", "", "version", 0)).put("/api/staff/settings").then().statusCode(400)
                .body("errors.field", hasItem("name"));
        asShopOwner().body(Map.of("name", "x")).put("/api/staff/settings").then().statusCode(400)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void theInvoiceRegistrationNumberIsSavedShownToShoppersAndChecked() {
        int version = asStaff().get("/api/staff/settings").then().statusCode(200).extract().path("version");
        for (String wrong : List.of("1234567890123", "T123456789012", "T12345678901234", "Ｔ1234567890123",
                "T1234-5678-9012", "=T1234567890123")) {
            asShopOwner().body(with(settings(version, "/news"), "invoiceRegistrationNumber", wrong))
                    .put("/api/staff/settings").then().statusCode(400)
                    .body("errors.field", hasItem("invoiceRegistrationNumber"));
        }
        asShopOwner().body(with(settings(version, "/news"), "invoiceRegistrationNumber", " T1234567890123 "))
                .put("/api/staff/settings").then().statusCode(200)
                .body("invoiceRegistrationNumber", equalTo("T1234567890123"));
        given().get("/api/settings").then().body("invoiceRegistrationNumber", equalTo("T1234567890123"));

        asShopOwner().body(with(settings(version + 1, "/news"), "invoiceRegistrationNumber", ""))
                .put("/api/staff/settings").then().statusCode(200).body("invoiceRegistrationNumber", equalTo(null));
    }

    @Test
    void thePreviewIsTheStorefrontsHtmlAndSaysWhenASaveWouldBeRefused() {
        asStaff().body(Map.of("markdown", "# 送料\n\n**5,000円**以上で[無料](/pages/shipping)")).post("/api/staff/preview")
                .then().statusCode(200)
                .body("html",
                        equalTo("<h1>送料</h1>\n<p><strong>5,000円</strong>以上で<a href=\"/pages/shipping\">無料</a></p>\n"))
                .body("scriptRefused", equalTo(false));
        asStaff().body(Map.of("markdown", "<script>alert(1)</script>[x](javascript:alert)"))
                .post("/api/staff/preview").then().statusCode(200).body("scriptRefused", equalTo(true))
                .body("html", not(org.hamcrest.Matchers.containsString("<script")))
                .body("html", not(org.hamcrest.Matchers.containsString("href=\"javascript:")));
        asStaff().body(Map.of()).post("/api/staff/preview").then().statusCode(400).body("errors.field",
                hasItem("markdown"));
        asStaff().body(Map.of("markdown", "x".repeat(100_001))).post("/api/staff/preview").then().statusCode(400);
        given().contentType("application/json").body(Map.of("markdown", "x")).post("/api/staff/preview").then()
                .statusCode(401);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    private static Map<String, Object> settings(int version, String secondHref) {
        return Map.of("name", "ことり舎", "nameEn", "Kotori-sha", "tagline", "からだと地球にやさしい暮らしの道具",
                "navigation", List.of(Map.of("label", "お知らせ", "labelEn", "News", "href", "/news"),
                        Map.of("label", "送料", "href", secondHref)),
                "footer", "© ことり舎", "legalNoticeSlug", "law", "version", version);
    }
}
