package shop.dozo.backing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The operator's tools' one HTTP client for the shop's APIs, authenticated as staff: small JSON calls whose answer
 * the caller judges ({@link Reply}), and streamed bodies for archives, so a large shop never has to fit in memory.
 */
public final class ShopApi {
    // HTTP/1.1: a refused upload then comes back as the service's own answer (413 and why), not as an HTTP/2 GOAWAY.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String token;
    private final Duration timeout;

    /** For small calls: each must be answered within 30 s. */
    public ShopApi(String token) {
        this(token, Duration.ofSeconds(30));
    }

    /** Each call must be answered within {@code timeout}; an archive's tables and media want minutes. */
    public ShopApi(String token, Duration timeout) {
        this.token = token;
        this.timeout = timeout;
    }

    public record Reply(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public Reply get(String url) {
        return reply(json(url).GET());
    }

    public Reply post(String url, String json) {
        return reply(
                json(url).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply postWithHeader(String url, String header, String value, String json) {
        return reply(json(url).header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST of raw bytes (an image upload); the answer is a Reply like the JSON calls'. */
    public Reply postBytes(String url, String contentType, byte[] body) {
        return reply(json(url).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply put(String url, String json) {
        return reply(
                json(url).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The open body of a successful GET, in whatever type the server sends; any other answer fails with its reason. */
    public InputStream open(String url) {
        HttpResponse<InputStream> response =
                send(request(url).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + url + " answered " + response.statusCode() + ": " + start(response.body()));
        }
        return response.body();
    }

    /** Sends a body of any type; anything but a 2xx answer fails with what the server said. */
    public String send(String method, String url, String contentType, HttpRequest.BodyPublisher body) {
        HttpResponse<String> response =
                send(request(url).header("Content-Type", contentType).method(method, body).build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpRequest.Builder json(String url) {
        return request(url).header("Accept", "application/json, text/html;q=0.9");
    }

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Reply reply(HttpRequest.Builder request) {
        HttpResponse<String> response = send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String start(InputStream body) {
        try (body) {
            return new String(body.readNBytes(2000), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
