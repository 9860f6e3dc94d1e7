package shop.dozo.backing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Seeding against a real HTTP server that answers as a review-service whose catalogue is still warming up. */
class DemoShopSeederTest {
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aReviewServiceThatIsBrieflyUnavailableIsAskedAgainAndEveryReviewIsSeeded() throws Exception {
        AtomicInteger refusals = new AtomicInteger(2);
        AtomicInteger created = new AtomicInteger();
        String base = serve(() -> refusals.getAndDecrement() > 0 ? 503 : 201, created);

        List<String> report = new DemoShopSeeder(Map.of("review-service", base), "token", DemoShopSeeder.demoFile())
                .seed();

        assertEquals(List.of("reviews: 6 approved reviews created, 0 already there"), report);
        assertEquals(6, created.get(), "each demo review was stored once, the refused one by a second try");
    }

    @Test
    void aServiceThatStaysUnavailableStopsSeedingWithItsAnswer() throws Exception {
        String base = serve(() -> 503, new AtomicInteger());
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> new DemoShopSeeder(Map.of("review-service", base), "token", DemoShopSeeder.demoFile()).seed());
        assertTrue(failed.getMessage().contains("(503)") && failed.getMessage().contains("catalogue is warming up"),
                failed.getMessage());
    }

    private String serve(java.util.function.IntSupplier answer, AtomicInteger created) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/staff/reviews", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int status = answer.getAsInt();
            if (status == 201) {
                created.incrementAndGet();
            }
            byte[] body = (status == 503 ? "{\"status\":503,\"detail\":\"the catalogue is warming up\"}" : "{}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
