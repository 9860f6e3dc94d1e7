package shop.dozo.storefront;

import static io.restassured.RestAssured.given;

import io.restassured.http.Cookie;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One shopper's browser for rest-assured tests: keeps the cookies the shop sets (and drops the ones it clears),
 * remembers the CSRF token of the last page, and never follows redirects, so tests see each answer.
 */
final class Shopper {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final Map<String, String> cookies = new LinkedHashMap<>();
    /** The last Set-Cookie header seen for each cookie, attributes included. */
    final Map<String, String> setCookieHeaders = new LinkedHashMap<>();
    /** Headers sent with every request, e.g. the X-Forwarded-For of a proxy in front of the storefront. */
    final Map<String, String> headers = new LinkedHashMap<>();
    String csrf;
    String lastHtml;

    Response get(String path) {
        return remember(request().get(path));
    }

    /** A form post with this shopper's CSRF token (read from the last page). */
    Response post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("_csrf", csrf);
        return remember(form().formParams(fields).post(path));
    }

    /** A form post exactly as given: no token added (a forged or stale form). */
    Response postRaw(String path, Map<String, String> form) {
        return remember(form().formParams(form).post(path));
    }

    /** Browsers post a UTF-8 page's forms in UTF-8 (rest-assured's default would be ISO-8859-1). */
    private RequestSpecification form() {
        return request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies).headers(headers);
    }

    private Response remember(Response response) {
        for (String header : response.getHeaders().getValues("Set-Cookie")) {
            setCookieHeaders.put(header.substring(0, header.indexOf('=')), header);
        }
        for (Cookie cookie : response.getDetailedCookies()) {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        }
        String contentType = response.getContentType();
        if (contentType != null && contentType.startsWith("text/html")) {
            lastHtml = response.asString();
            Matcher token = CSRF.matcher(lastHtml);
            if (token.find()) {
                csrf = token.group(1);
            }
        }
        return response;
    }
}
