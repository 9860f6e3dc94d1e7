package shop.dozo.backing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailServerTest {

    @TempDir
    Path temp;

    @Test
    void catchesWhatItIsSentAndShowsItThroughItsApi() throws Exception {
        MailServer server = new MailServer(Ports.freePort(), Ports.freePort());
        server.start(temp.resolve("mail.log"), false);
        try {
            // A plain SMTP conversation, as any client has it.
            try (Socket socket = new Socket("127.0.0.1", server.smtpPort());
                    BufferedReader in = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                OutputStream out = socket.getOutputStream();
                assertTrue(in.readLine().startsWith("220"));
                for (String line : new String[]{"HELO test", "MAIL FROM:<shop@dozo.test>",
                        "RCPT TO:<hanako@example.jp>",
                        "DATA"}) {
                    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    String answer = in.readLine();
                    assertTrue(answer.startsWith("2") || answer.startsWith("354"), line + " → " + answer);
                }
                out.write(("Subject: hello\r\nMessage-ID: <one@dozo.test>\r\n\r\nhi\r\n.\r\nQUIT\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String accepted = in.readLine();
                while (accepted.startsWith("354")) { // skip a "start mail input" still unread
                    accepted = in.readLine();
                }
                assertTrue(accepted.startsWith("250"), accepted);
            }
            HttpResponse<String> inbox = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(server.apiUrl() + "/api/user/hanako@example.jp/messages/INBOX")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, inbox.statusCode());
            assertTrue(inbox.body().contains("<one@dozo.test>"), inbox.body());
        } finally {
            server.stop();
        }
        assertFalse(server.process().isAlive());
        assertFalse(Ports.isListening(server.smtpPort()), "stopped means refused, as a provider's outage looks");
    }
}
