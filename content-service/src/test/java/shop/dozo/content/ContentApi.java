package shop.dozo.content;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

/** Small helpers shared by the API tests. */
final class ContentApi {
    private ContentApi() {
    }

    static RequestSpecification asStaff() {
        return given().auth().oauth2(TestTokens.staff()).contentType(ContentType.JSON);
    }

    /** The shop's settings are the owner's to change. */
    static RequestSpecification asShopOwner() {
        return given().auth().oauth2(TestTokens.owner()).contentType(ContentType.JSON);
    }

    static Map<String, Object> document(String slug, String title, String body) {
        Map<String, Object> document = new LinkedHashMap<>();
        if (slug != null) {
            document.put("slug", slug);
        }
        document.put("title", title);
        document.put("titleEn", title + " (en)");
        document.put("body", body);
        return document;
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    static Response create(String kind, Map<String, Object> document) {
        return asStaff().body(document).post("/api/staff/" + kind);
    }

    /** Counts rows straight from MariaDB, past the service: what is in the table, not what the API says. */
    static long rows(String table) throws SQLException {
        try (Connection db =
                DriverManager.getConnection(System.getProperty("dozo.test.db.url"), MariaDbTestResource.USER,
                        MariaDbTestResource.PASSWORD);
                ResultSet count = db.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            count.next();
            return count.getLong(1);
        }
    }
}
