package shop.dozo.review.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import shop.dozo.support.InternalApiGuard;
import shop.dozo.testsupport.JwtTestResource;

/**
 * cart-service's {@code POST /internal/purchases/verify} as the contract describes it, over an order table it
 * holds: the internal key is required, and the answer never tells whether the order exists.
 */
final class CartContractServer extends ContractServer {
    record Order(String email, Set<String> skus) {
    }

    private final Map<String, Order> orders = new ConcurrentHashMap<>();
    private final AtomicInteger verifyCalls = new AtomicInteger();

    @Override
    void serve(HttpExchange exchange, String method, String path) throws IOException {
        if (!method.equals("POST") || !path.equals("/internal/purchases/verify")) {
            send(exchange, 404, problem(404, "Not Found"));
            return;
        }
        if (!JwtTestResource.INTERNAL_KEY.equals(exchange.getRequestHeaders().getFirst(InternalApiGuard.HEADER))) {
            send(exchange, 401, problem(401, "Unauthorized"));
            return;
        }
        verifyCalls.incrementAndGet();
        JsonNode question = body(exchange);
        Order order = orders.get(question.path("orderNumber").asText());
        boolean verified = order != null
                && order.email().equalsIgnoreCase(question.path("email").asText().trim())
                && order.skus().contains(question.path("sku").asText());
        send(exchange, 200, Map.of("verified", verified));
    }

    /** {@code PUT /_contract/orders/{orderNumber}} {"email","skus":[...]}; {@code GET /_contract/verify-calls}. */
    @Override
    void control(HttpExchange exchange, String method, String path) throws IOException {
        if (path.startsWith("/_contract/orders/")) {
            JsonNode order = body(exchange);
            Set<String> skus = new HashSet<>();
            order.path("skus").forEach(sku -> skus.add(sku.asText()));
            orders.put(path.substring("/_contract/orders/".length()),
                    new Order(order.path("email").asText().toLowerCase(Locale.ROOT), skus));
            send(exchange, 204, null);
        } else if (path.equals("/_contract/verify-calls")) {
            send(exchange, 200, Map.of("count", verifyCalls.get()));
        } else {
            send(exchange, 404, problem(404, "Not Found"));
        }
    }
}
