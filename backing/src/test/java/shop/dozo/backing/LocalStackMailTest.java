package shop.dozo.backing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack starts its mail catcher and points cart-service at it: a contact message arrives there. */
class LocalStackMailTest {

    @TempDir
    Path temp;

    @Test
    void cartServiceSendsThroughTheStacksMailCatcher() throws Exception {
        Assumptions.assumeTrue(ServiceApp.isBuilt("cart-service"), "cart-service is not packaged yet");
        LocalStack stack = new LocalStack(LocalStack.Settings.forTest(temp.resolve("shop"), List.of("cart-service")));
        try {
            stack.start();
            assertTrue(stack.memberNames().contains("mail"), stack.memberNames().toString());
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(stack.url("cart-service")
                    + "/api/contact")).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "stack-contact-1")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"花子\",\"email\":\"hanako@example.jp\","
                            + "\"subject\":\"テスト\",\"message\":\"届きますか\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, sent.statusCode(), sent.body());
            String inbox = "";
            for (int i = 0; i < 150 && !inbox.contains("Message-ID"); i++) {
                Thread.sleep(200);
                inbox = http.send(HttpRequest.newBuilder(URI.create(stack.mail().apiUrl()
                        + "/api/user/shop@dozo.test/messages/INBOX")).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
            }
            assertTrue(inbox.contains("Reply-To: hanako@example.jp"), inbox);
        } finally {
            stack.stopAndDelete();
        }
    }
}
