package shop.dozo.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads the mails a GreenMail server caught, through its REST API, and parses them with Jakarta Mail as a mail
 * client would: the decoded text and HTML bodies, the headers (Message-ID, Reply-To), the subject.
 */
public final class Mailbox {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String apiUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public Mailbox(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    /** One caught mail, decoded. */
    public record Mail(String messageId, String subject, String from, String replyTo, String text, String html,
            MimeMessage mime) {
    }

    /** Every mail to {@code address} so far (none when it never got one). */
    public List<Mail> to(String address) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(apiUrl + "/api/user/"
                    + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return List.of(); // GreenMail answers 400 for an address that never got a mail
            }
            List<Mail> mails = new ArrayList<>();
            for (JsonNode message : JSON.readTree(response.body())) {
                mails.add(parse(message.get("mimeMessage").asText()));
            }
            return mails;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the mails to " + address + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code address} has a mail that matches, and answers it. */
    public Mail await(String address, Predicate<Mail> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Mail mail : to(address)) {
                if (matching.test(mail)) {
                    return mail;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No matching mail to " + address + " within " + timeout.toSeconds()
                        + " s; it has " + to(address).stream().map(Mail::subject).toList());
            }
            sleep();
        }
    }

    public Mail await(String address, Duration timeout) {
        return await(address, mail -> true, timeout);
    }

    private static Mail parse(String raw) {
        try {
            MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            String[] replyTo = mime.getHeader("Reply-To");
            String[] from = mime.getHeader("From");
            return new Mail(mime.getMessageID(), mime.getSubject(), from == null ? null : from[0],
                    replyTo == null ? null : replyTo[0], body(mime, "text/plain"), body(mime, "text/html"), mime);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("A caught mail cannot be parsed: " + e.getMessage(), e);
        }
    }

    /** The first part of this type, decoded (quoted-printable, base64, charset), or null. */
    private static String body(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = body(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
