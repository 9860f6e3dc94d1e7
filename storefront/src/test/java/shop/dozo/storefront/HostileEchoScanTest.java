package shop.dozo.storefront;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every page that echoes what a shopper typed or put in the address (search, category sort and paging, product
 * and its notices, cart-add errors, order lookup and review form errors), sent markup, attribute breakers,
 * Qute-looking text, {@code javascript:} and CRLF: nothing comes back unescaped, no header is injected, no
 * redirect leaves the shop, and no page is a 5xx. Every finding is listed, not only the first.
 */
@QuarkusTest
@QuarkusTestResource(ShopStackResource.class)
// After every class that looks orders up (the browser journey is 40): its 16 failed lookups from 127.0.0.1 use
// up the lookup throttle of the shared stack, and the next real lookup from that address gets the 429 page.
@Order(45)
class HostileEchoScanTest {
    private static final String SKU = "EG-BAG-01";
    private static final String CATEGORY = "cloth-pads";

    /** Each hostile text, with the fragment that must never appear as it is in a page. */
    private static final Map<String, String> HOSTILE = new LinkedHashMap<>();
    static {
        HOSTILE.put("<script>alert('dz1')</script>", "<script>alert('dz1')");
        HOSTILE.put("\"><img src=x onerror=alert('dz2')>", "<img src=x onerror");
        HOSTILE.put("'><svg/onload=alert('dz3')>", "<svg/onload");
        HOSTILE.put("</textarea></title><b>dz4</b>", "<b>dz4</b>");
        HOSTILE.put("{dz5}{#if true}dz5{/if}{inject:msg}{data:x}", null);
        HOSTILE.put("javascript:alert('dz6')", null);
        HOSTILE.put("dz7\r\nSet-Cookie: dz7=1\r\nX-Dz7: 1", null);
        HOSTILE.put("\" autofocus onfocus=\"alert('dz8')", "\" autofocus onfocus=\"alert");
    }

    private final List<String> findings = new ArrayList<>();
    private int pages;

    @Test
    void noPageEchoesHostileInputUnescapedOrFails() {
        for (Map.Entry<String, String> hostile : HOSTILE.entrySet()) {
            String value = hostile.getKey();
            String fragment = hostile.getValue();
            scan("search q", fragment, () -> given().queryParam("q", value).get("/search"));
            scan("category slug", fragment, () -> given().urlEncodingEnabled(false).get("/category/" + encoded(value)));
            scan("category sort", fragment, () -> given().queryParam("sort", value).get("/category/" + CATEGORY));
            scan("category page", fragment, () -> given().queryParam("page", value).get("/category/" + CATEGORY));
            scan("product sku", fragment, () -> given().urlEncodingEnabled(false).get("/product/" + encoded(value)));
            for (String parameter : new String[]{"review", "reviews", "cart", "left"}) {
                scan("product " + parameter, fragment,
                        () -> given().queryParam(parameter, value).get("/product/" + SKU));
            }
            scan("cart notice", fragment,
                    () -> given().queryParam("notice", value).queryParam("sku", value).get("/cart"));
            scan("news page", fragment, () -> given().queryParam("page", value).get("/news"));
            scan("content page", fragment, () -> given().urlEncodingEnabled(false).get("/pages/" + encoded(value)));
            scan("news post", fragment, () -> given().urlEncodingEnabled(false).get("/news/" + encoded(value)));
            cartAdd(value, fragment);
            orderLookup(value, fragment);
            reviewForm(value, fragment);
        }
        System.out.printf("Storefront hostile echo scan: %d pages, %d findings%n", pages, findings.size());
        assertTrue(findings.isEmpty(),
                findings.size() + " findings in " + pages + " pages:\n" + String.join("\n", findings));
    }

    /** A cart-add with a hostile SKU or quantity, and the page its redirect leads to. */
    private void cartAdd(String value, String fragment) {
        for (String field : new String[]{"sku", "quantity"}) {
            Shopper shopper = new Shopper();
            shopper.get("/product/" + SKU);
            Map<String, String> form = new LinkedHashMap<>(Map.of("sku", SKU, "quantity", "1"));
            form.put(field, value);
            Response added = scan("cart add " + field, fragment, () -> shopper.post("/cart/add", form));
            String location = added == null ? null : added.getHeader("Location");
            if (location != null) {
                String path = location.replaceFirst("^https?://[^/]+", "");
                scan("cart add " + field + " → " + path, fragment, () -> shopper.get(path));
            }
        }
    }

    private void orderLookup(String value, String fragment) {
        for (String field : new String[]{"number", "email"}) {
            Shopper shopper = new Shopper();
            shopper.get("/order/lookup");
            Map<String, String> form =
                    new LinkedHashMap<>(Map.of("number", "DZ-20260101-0001", "email", "a@example.jp"));
            form.put(field, value);
            scan("order lookup " + field, fragment, () -> shopper.post("/order/lookup", form));
        }
    }

    /**
     * The review form's error page with a hostile value in each field. The rating is always left out, so
     * review-service refuses the review before its rate limit counts it, and no review is posted.
     */
    private void reviewForm(String value, String fragment) {
        for (String field : new String[]{"rating", "title", "body", "nickname", "orderNumber", "email"}) {
            Shopper shopper = new Shopper();
            shopper.get("/product/" + SKU);
            Map<String, String> form = new LinkedHashMap<>(Map.of("rating", "", "title", "よい", "body", "よい品です。",
                    "nickname", "みどり", "orderNumber", "", "email", ""));
            form.put(field, value);
            scan("review " + field, fragment, () -> shopper.post("/product/" + SKU + "/reviews", form));
        }
    }

    /** Encoded by hand: rest-assured would read the braces of Qute-looking text as path templates. */
    private static String encoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Response scan(String where, String fragment, Supplier<Response> request) {
        pages++;
        Response response;
        try {
            response = request.get();
        } catch (RuntimeException e) {
            findings.add(where + ": no answer: " + e);
            return null;
        }
        String body = response.asString();
        String lower = body.toLowerCase(Locale.ROOT);
        if (response.statusCode() >= 500) {
            findings.add(where + ": " + response.statusCode());
        }
        if (fragment != null && body.contains(fragment)) {
            findings.add(where + ": echoed unescaped: " + fragment);
        }
        for (String attribute : new String[]{"href=\"javascript:", "src=\"javascript:", "action=\"javascript:",
                "href='javascript:"}) {
            if (lower.contains(attribute)) {
                findings.add(where + ": a javascript: link");
            }
        }
        if (lower.contains("templateexception") || lower.contains("qute")) {
            findings.add(where + ": a template error");
        }
        response.getHeaders().forEach(header -> {
            if (header.getName().toLowerCase(Locale.ROOT).contains("dz7") || header.getValue().contains("dz7=1")) {
                findings.add(where + ": header injected: " + header);
            }
        });
        String location = response.getHeader("Location");
        if (location != null) {
            String path = location.replaceFirst("^https?://(localhost|127\\.0\\.0\\.1)(:[0-9]+)?", "");
            if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) {
                findings.add(where + ": redirect out of the shop: " + location);
            }
        }
        return response;
    }
}
