package shop.dozo.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assertions;

/**
 * The running {@code @QuarkusTest}'s management interface (health, metrics, OpenAPI): its own port, random in
 * tests ({@code quarkus.management.test-port=0}), never the port the Ingress or HAProxy routes.
 */
public final class ManagementInterface {
    /** What every service serves on the management port only. */
    public static final List<String> ENDPOINTS = List.of("/q/health", "/q/health/ready", "/q/metrics");

    private ManagementInterface() {
    }

    /** {@code url("/q/health/ready")}: the endpoint on the management port. */
    public static String url(String path) {
        // Quarkus' own test.management.url ends in the management root path (/q) and names the port it bound.
        String root = ConfigProvider.getConfig().getValue("test.management.url", String.class);
        String base = root.endsWith("/q") ? root.substring(0, root.length() - 2) : root;
        return base + path;
    }

    /**
     * Each path answers 200 on the management port and 404 on the main port (the one the Ingress or HAProxy
     * routes), e.g. {@code assertOnlyOnTheManagementPort("/q/openapi")} besides {@link #ENDPOINTS}.
     */
    public static void assertOnlyOnTheManagementPort(String... extraPaths) {
        String main = ConfigProvider.getConfig().getValue("test.url", String.class);
        List<String> paths = new java.util.ArrayList<>(ENDPOINTS);
        paths.addAll(List.of(extraPaths));
        for (String path : paths) {
            Assertions.assertEquals(404, status(main + path), path + " must not answer on the main port " + main);
            Assertions.assertEquals(200, status(url(path)), path + " answers on the management port " + url(""));
        }
    }

    private static int status(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new AssertionError("GET " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
