package shop.dozo.cart;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import shop.dozo.cart.checkout.CheckoutRequest;
import shop.dozo.cart.checkout.CheckoutService;
import shop.dozo.cart.order.OrderView;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.TestTokens;

/** A shopper and a member of staff, as the tests drive them through cart-service's HTTP API. */
public final class Shop {
    private Shop() {
    }

    /** A complete, valid checkout body; tests change one thing at a time. */
    public static Map<String, Object> order(String email) {
        Map<String, Object> body = new HashMap<>(Map.of("fullName", "山田 花子", "postalCode", "〒150-0001",
                "prefecture", "東京都", "city", "渋谷区", "street", "神宮前1-2-3", "phone", "03-1234-5678",
                "paymentMethod", "bank_transfer"));
        body.put("email", email);
        body.put("fullNameKana", "やまだ はなこ");
        body.put("privacyConsent", true);
        return body;
    }

    public static Map<String, Object> order(String email, String field, Object value) {
        Map<String, Object> body = order(email);
        body.put(field, value);
        return body;
    }

    /** Items in the order given: {@code items("A", 1, "B", 2)}. */
    public static Map<String, Integer> items(Object... skuAndQuantity) {
        Map<String, Integer> items = new LinkedHashMap<>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            items.put((String) skuAndQuantity[i], (Integer) skuAndQuantity[i + 1]);
        }
        return items;
    }

    public static String newCart() {
        return given().post("/api/carts").then().statusCode(201).extract().path("token");
    }

    public static String cartWith(Map<String, Integer> items) {
        String token = newCart();
        items.forEach((sku, quantity) -> given().contentType(ContentType.JSON)
                .body(Map.of("quantity", quantity)).put("/api/carts/" + token + "/items/" + sku)
                .then().statusCode(200));
        return token;
    }

    public static Response checkout(String cart, String key, Map<String, Object> body) {
        return given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/carts/" + cart + "/checkout");
    }

    public static Response checkout(String cart, Map<String, Object> body) {
        return checkout(cart, UUID.randomUUID().toString(), body);
    }

    /**
     * A signed-in customer's checkout of a new cart with these items (the session's e-mail is the order's): until
     * customer sessions reach the HTTP API (H3), {@link CheckoutService#checkout} called with the verified
     * e-mail, exactly as the resource will call it. Only such a checkout earns points.
     */
    public static OrderView placeSignedIn(Map<String, Integer> items, Map<String, Object> body) {
        CheckoutService checkout = Arc.container().instance(CheckoutService.class).get();
        return OrderView.of(checkout.checkout(cartWith(items), UUID.randomUUID().toString(),
                JSON.convertValue(body, CheckoutRequest.class), Optional.of((String) body.get("email"))).order());
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Checks out a new cart with these items and returns the order number. */
    public static String placeOrder(String email, Map<String, Integer> items) {
        return checkout(cartWith(items), order(email)).then().statusCode(201).extract().path("orderNumber");
    }

    public static io.restassured.specification.RequestSpecification staff() {
        return given().auth().oauth2(TestTokens.staff());
    }

    public static Response staffOrder(String number) {
        return staff().get("/api/staff/orders/" + number);
    }

    public static Response changeStatus(String number, String status, String note) {
        Map<String, Object> body = new HashMap<>(Map.of("status", status));
        if (note != null) {
            body.put("note", note);
        }
        return staff().contentType(ContentType.JSON).body(body).post("/api/staff/orders/" + number + "/status");
    }

    /** The order id (= its reservation id in catalog-service) of an order number. */
    public static String orderId(String number) {
        return staffOrder(number).then().statusCode(200).extract().path("id");
    }

    /** Straight from the test database: what is really there, whatever the API says. */
    public static long count(String sql, Object... parameters) {
        return onTestDatabase(sql, parameters, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** One text value straight from the test database, or null when no row matches. */
    public static String text(String sql, Object... parameters) {
        return onTestDatabase(sql, parameters, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        });
    }

    /** Changes the test database directly, for what only time would do (e.g. make points a year old). */
    public static int update(String sql, Object... parameters) {
        return onTestDatabase(sql, parameters, PreparedStatement::executeUpdate);
    }

    private interface StatementWork<T> {
        T run(PreparedStatement statement) throws java.sql.SQLException;
    }

    private static <T> T onTestDatabase(String sql, Object[] parameters, StatementWork<T> work) {
        try (Connection connection = DriverManager.getConnection(System.getProperty("dozo.test.db.url"),
                MariaDbTestResource.USER, MariaDbTestResource.PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return work.run(statement);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code count} attempts at once on {@code threads} threads and returns every answer. */
    public static List<Response> race(int count, int threads, IntFunction<Response> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(() -> attempt.apply(index));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : pool.invokeAll(calls)) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }
}
