package shop.dozo.launcher.archive;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Streams bodies to and from the staff APIs, so a large shop never has to fit in memory. */
final class StaffHttp {
    // HTTP/1.1: a refused upload then comes back as the service's own answer (413 and why), not as an HTTP/2 GOAWAY.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String token;

    StaffHttp(String token) {
        this.token = token;
    }

    /** The open body of a successful GET; any other answer fails with what the server said. */
    InputStream get(String url) {
        HttpResponse<InputStream> response = send(authorised(url).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode() + ": " + read(response.body()));
        }
        return response.body();
    }

    String send(String method, String url, String contentType, HttpRequest.BodyPublisher body) {
        HttpResponse<String> response = send(authorised(url).header("Content-Type", contentType).method(method, body)
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpRequest.Builder authorised(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + token);
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

    private static String read(InputStream body) {
        try (body) {
            return new String(body.readNBytes(2000));
        } catch (IOException e) {
            return "";
        }
    }
}
