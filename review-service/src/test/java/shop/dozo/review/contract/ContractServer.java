package shop.dozo.review.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Executors;

/**
 * A small real HTTP server standing in for a neighbour service while it is being written: it answers the
 * contract in docs/service-contracts.md from data it holds. Tests steer it through {@code /_contract/...}
 * (add data, switch it down or slow), which the real service does not have.
 */
abstract class ContractServer {
    static final ObjectMapper JSON = new ObjectMapper();

    enum Mode { UP, DOWN, SLOW }

    private final HttpServer server;
    volatile Mode mode = Mode.UP;

    ContractServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::dispatch);
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers a contract request; {@code path} has no query string. */
    abstract void serve(HttpExchange exchange, String method, String path) throws IOException;

    /** Answers a {@code /_contract/...} control request other than the mode switch. */
    abstract void control(HttpExchange exchange, String method, String path) throws IOException;

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.startsWith("/_contract/mode/")) {
                mode = Mode.valueOf(path.substring("/_contract/mode/".length()).toUpperCase(Locale.ROOT));
                send(exchange, 204, null);
            } else if (path.startsWith("/_contract/")) {
                control(exchange, method, path);
            } else if (mode == Mode.DOWN) {
                send(exchange, 503, problem(503, "Service Unavailable"));
            } else {
                if (mode == Mode.SLOW) {
                    sleep(3000);
                }
                serve(exchange, method, path);
            }
        } catch (RuntimeException e) {
            send(exchange, 500, problem(500, e.toString()));
        }
    }

    static JsonNode body(HttpExchange exchange) throws IOException {
        return JSON.readTree(exchange.getRequestBody());
    }

    static void send(HttpExchange exchange, int status, Object body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    static java.util.Map<String, Object> problem(int status, String title) {
        return java.util.Map.of("type", "about:blank", "title", title, "status", status);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
