package shop.dozo.cart.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import shop.dozo.support.InternalApiGuard;
import shop.dozo.testsupport.JwtTestResource;

/**
 * A small real HTTP implementation of catalog-service's side of docs/service-contracts.md, for cart-service's
 * tests: products by SKU and by SKUs (price, tax rate, cool, available), and stock reservations that reserve all
 * or nothing, answer the same id again without booking twice, and are thread-safe (one lock over all stock).
 * It is not catalog-service: tests steer it through {@code /_contract/...} (set products, inject faults, read
 * the state), which the real service does not have. CartApiTest and RealCatalogCheckoutTest run the real one.
 */
final class CatalogContractServer {
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Pattern RESERVATION_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    /** DOWN: 503 without doing anything. LOST: does the work, then drops the connection unanswered. SLOW: does
     * the work, answers after the client has given up. */
    enum Fault { DOWN, LOST, SLOW }

    static final class Product {
        String sku;
        String name;
        String nameEn;
        int priceYen;
        int taxRate;
        boolean cool;
        boolean published = true;
        /** Units that can be sold now: reserving takes them, releasing gives them back, committing keeps them sold. */
        int available;
    }

    record Reservation(String id, Map<String, Integer> items, String status, Instant expiresAt) {
        Reservation with(String newStatus) {
            return new Reservation(id, items, newStatus, expiresAt);
        }
    }

    private record Injected(Fault fault, AtomicInteger remaining) {
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private final Object stockLock = new Object();
    private final Map<String, Product> products = new ConcurrentHashMap<>();
    private final Map<String, Reservation> reservations = new ConcurrentHashMap<>();
    private final Map<String, Injected> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    CatalogContractServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(pool);
        server.createContext("/", this::dispatch);
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        try {
            if (path.startsWith("/_contract/")) {
                control(exchange, method, path);
                return;
            }
            String operation = operation(method, path);
            calls.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
            Fault fault = takeFault(operation);
            if (fault == Fault.DOWN) {
                send(exchange, 503, problem(503, "Service Unavailable", null));
                return;
            }
            Answer answer = serve(exchange, method, path);
            if (fault == Fault.LOST) {
                exchange.close(); // no status line: the connection just ends
                return;
            }
            if (fault == Fault.SLOW) {
                Thread.sleep(3000);
            }
            send(exchange, answer.status(), answer.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            send(exchange, 500, problem(500, e.toString(), null));
        } finally {
            exchange.close();
        }
    }

    private record Answer(int status, Object body) {
    }

    private static String operation(String method, String path) {
        if (path.startsWith("/internal/reservations/")) {
            return path.endsWith("/commit") ? "commit" : path.endsWith("/release") ? "release"
                    : path.endsWith("/return") ? "return" : "reserve";
        }
        return path.startsWith("/api/products/by-skus") ? "by-skus" : "product";
    }

    private Answer serve(HttpExchange exchange, String method, String path) throws IOException {
        if (method.equals("GET") && path.equals("/api/products/by-skus")) {
            List<Object> found = new ArrayList<>();
            for (String sku : queryValues(exchange, "sku")) {
                Product product = products.get(sku);
                if (product != null && product.published) {
                    found.add(view(product));
                }
            }
            return new Answer(200, found);
        }
        if (method.equals("GET") && path.startsWith("/api/products/")) {
            Product product = products.get(path.substring("/api/products/".length()));
            return product == null || !product.published ? new Answer(404, problem(404, "Not found", null))
                    : new Answer(200, view(product));
        }
        if (path.startsWith("/internal/reservations/")) {
            if (!JwtTestResource.INTERNAL_KEY.equals(exchange.getRequestHeaders().getFirst(InternalApiGuard.HEADER))) {
                return new Answer(401, problem(401, "Unauthorized", null));
            }
            String[] parts = path.substring("/internal/reservations/".length()).split("/");
            if (!RESERVATION_ID.matcher(parts[0]).matches()) {
                return new Answer(400,
                        problem(400, "Invalid request", Map.of("field", "reservationId", "message", "bad id")));
            }
            if (method.equals("PUT") && parts.length == 1) {
                return reserve(parts[0], JSON.readTree(exchange.getRequestBody()));
            }
            if (method.equals("POST") && parts.length == 2 && parts[1].equals("commit")) {
                return finish(parts[0], "COMMITTED");
            }
            if (method.equals("POST") && parts.length == 2 && parts[1].equals("release")) {
                return finish(parts[0], "RELEASED");
            }
            if (method.equals("POST") && parts.length == 2 && parts[1].equals("return")) {
                return giveBackSold(parts[0]);
            }
        }
        return new Answer(404, problem(404, "Not found", null));
    }

    private Answer reserve(String id, JsonNode body) {
        Map<String, Integer> items = new TreeMap<>();
        JsonNode list = body.path("items");
        if (!list.isArray() || list.isEmpty() || list.size() > 50) {
            return new Answer(400,
                    problem(400, "Invalid request", Map.of("field", "items", "message", "1 to 50 items")));
        }
        for (JsonNode item : list) {
            int quantity = item.path("quantity").asInt(0);
            if (item.path("sku").asText("").isBlank() || quantity < 1 || quantity > 999) {
                return new Answer(400,
                        problem(400, "Invalid request", Map.of("field", "items", "message", "bad item")));
            }
            items.merge(item.path("sku").asText(), quantity, Integer::sum);
        }
        synchronized (stockLock) {
            Reservation existing = reservations.get(id);
            if (existing != null) {
                return existing.items().equals(items) ? new Answer(200, view(existing))
                        : new Answer(422, problem(422, "Unprocessable request", null));
            }
            List<Map<String, String>> errors = new ArrayList<>();
            for (Map.Entry<String, Integer> item : items.entrySet()) {
                Product product = products.get(item.getKey());
                if (product == null || !product.published) {
                    return new Answer(422, problem(422, "Unknown product",
                            Map.of("field", item.getKey(), "message", "not for sale")));
                }
                if (product.available < item.getValue()) {
                    errors.add(Map.of("field", item.getKey(), "message", "only " + product.available + " available"));
                }
            }
            if (!errors.isEmpty()) {
                Map<String, Object> problem = problem(409, "Not enough stock", null);
                problem.put("errors", errors);
                return new Answer(409, problem);
            }
            items.forEach((sku, quantity) -> products.get(sku).available -= quantity);
            Reservation reservation = new Reservation(id, items, "RESERVED", Instant.now().plusSeconds(900));
            reservations.put(id, reservation);
            return new Answer(200, view(reservation));
        }
    }

    /** Returning a committed reservation gives its units back once; returned again is 200; anything else 409. */
    private Answer giveBackSold(String id) {
        synchronized (stockLock) {
            Reservation reservation = reservations.get(id);
            if (reservation == null) {
                return new Answer(404, problem(404, "Not found", null));
            }
            if (reservation.status().equals("RETURNED")) {
                return new Answer(200, view(reservation));
            }
            if (!reservation.status().equals("COMMITTED")) {
                return new Answer(409, problem(409, "Conflict", null));
            }
            reservation.items().forEach((sku, quantity) -> products.get(sku).available += quantity);
            Reservation returned = reservation.with("RETURNED");
            reservations.put(id, returned);
            return new Answer(200, view(returned));
        }
    }

    /** Commit and release are idempotent; committing a released one, or releasing a committed one, is 409. */
    private Answer finish(String id, String target) {
        synchronized (stockLock) {
            Reservation reservation = reservations.get(id);
            if (reservation == null) {
                return new Answer(404, problem(404, "Not found", null));
            }
            if (reservation.status().equals(target)) {
                return new Answer(200, view(reservation));
            }
            if (!reservation.status().equals("RESERVED")) {
                return new Answer(409, problem(409, "Conflict", null));
            }
            if (target.equals("RELEASED")) {
                reservation.items().forEach((sku, quantity) -> products.get(sku).available += quantity);
            }
            Reservation finished = reservation.with(target);
            reservations.put(id, finished);
            return new Answer(200, view(finished));
        }
    }

    /**
     * {@code PUT /_contract/products/{sku}} {name, priceYen, taxRate, cool, available, published};
     * {@code PUT /_contract/faults/{product|by-skus|reserve|commit|release}} {fault, times};
     * {@code DELETE /_contract/faults}; {@code GET /_contract/state}.
     */
    private void control(HttpExchange exchange, String method, String path) throws IOException {
        if (method.equals("PUT") && path.startsWith("/_contract/products/")) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            Product product = new Product();
            product.sku = path.substring("/_contract/products/".length());
            product.name = body.path("name").asText("テスト商品 " + product.sku);
            product.nameEn = body.path("nameEn").asText(null);
            product.priceYen = body.path("priceYen").asInt();
            product.taxRate = body.path("taxRate").asInt(10);
            product.cool = body.path("cool").asBoolean(false);
            product.published = body.path("published").asBoolean(true);
            product.available = body.path("available").asInt(100);
            synchronized (stockLock) {
                products.put(product.sku, product);
            }
            send(exchange, 204, null);
        } else if (method.equals("PUT") && path.startsWith("/_contract/faults/")) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            faults.put(path.substring("/_contract/faults/".length()), new Injected(
                    Fault.valueOf(body.path("fault").asText()), new AtomicInteger(body.path("times").asInt(1))));
            send(exchange, 204, null);
        } else if (method.equals("DELETE") && path.equals("/_contract/faults")) {
            faults.clear();
            send(exchange, 204, null);
        } else if (method.equals("GET") && path.equals("/_contract/state")) {
            send(exchange, 200, state());
        } else {
            send(exchange, 404, problem(404, "Not found", null));
        }
    }

    private Map<String, Object> state() {
        synchronized (stockLock) {
            Map<String, Object> available = new TreeMap<>();
            products.forEach((sku, product) -> available.put(sku, product.available));
            Map<String, Object> statuses = new TreeMap<>();
            reservations.forEach((id, reservation) -> statuses.put(id, Map.of("status", reservation.status(),
                    "items", reservation.items())));
            Map<String, Object> callCounts = new TreeMap<>();
            calls.forEach((operation, count) -> callCounts.put(operation, count.get()));
            return Map.of("available", available, "reservations", statuses, "calls", callCounts);
        }
    }

    private Fault takeFault(String operation) {
        Injected injected = faults.get(operation);
        if (injected == null || injected.remaining().getAndDecrement() <= 0) {
            return null;
        }
        return injected.fault();
    }

    private static Map<String, Object> view(Product product) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sku", product.sku);
        view.put("slug", product.sku.toLowerCase());
        view.put("category", "test");
        view.put("name", product.name);
        view.put("nameEn", product.nameEn);
        view.put("priceYen", product.priceYen);
        view.put("taxRate", product.taxRate);
        view.put("cool", product.cool);
        view.put("recommended", false);
        view.put("status", "published");
        view.put("tags", List.of());
        view.put("imageIds", List.of());
        view.put("available", Math.max(0, product.available));
        return view;
    }

    private static Map<String, Object> view(Reservation reservation) {
        List<Map<String, Object>> items = new ArrayList<>();
        reservation.items().forEach((sku, quantity) -> items.add(Map.of("sku", sku, "quantity", quantity)));
        return Map.of("reservationId", reservation.id(), "status", reservation.status(), "items", items,
                "expiresAt", reservation.expiresAt().toString());
    }

    private static Map<String, Object> problem(int status, String title, Map<String, String> error) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        if (error != null) {
            problem.put("errors", List.of(error));
        }
        return problem;
    }

    private static List<String> queryValues(HttpExchange exchange, String name) {
        List<String> values = new ArrayList<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return values;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8).equals(name)) {
                values.add(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type",
                status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
