package shop.dozo.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import shop.dozo.backing.MailServer;
import shop.dozo.backing.Ports;

/**
 * Starts a real SMTP server (GreenMail, backing's {@link MailServer}) on free loopback ports and points the Quarkus
 * Mailer at it. A test reads what arrived with {@link #mailbox()} and may {@link #stopServer()} and
 * {@link #startServer()} it again on the same port, to see what the shop does while its mail server is away.
 */
public class GreenMailTestResource implements QuarkusTestResourceLifecycleManager {
    private static MailServer server;
    private static Path workDir;

    @Override
    public Map<String, String> start() {
        try {
            workDir = Files.createTempDirectory("dozo-mail");
            server = new MailServer(Ports.freePort(), Ports.freePort());
            startServer();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the test mail server: " + e.getMessage(), e);
        }
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.smtpPort()),
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                // The test profile's Quarkus default is a mock mailer that sends nothing: these tests want SMTP.
                "quarkus.mailer.mock", "false",
                // cart-service's outbox job (off in its test profile) every second, retrying after a second or two,
                // so a test sees mails, and several tries during an outage, within seconds.
                "dozo.mail.send-every", "1s",
                "dozo.mail.first-retry", "1s",
                "dozo.mail.max-retry", "2s",
                // Now and then one SMTP conversation with GreenMail stalls (seen on the CI machine, cause not found
                // yet); the job sends one mail at a time, so a short timeout keeps the queue behind it moving.
                "quarkus.mailer.timeout", "5s");
    }

    /** What the server caught; empty again after a restart, since GreenMail keeps mails in memory. */
    public static Mailbox mailbox() {
        return new Mailbox(server.apiUrl());
    }

    /** The SMTP server goes away (connections are refused), as a mail provider's outage looks to the shop. */
    public static void stopServer() {
        server.stop();
    }

    public static void startServer() {
        server.start(workDir.resolve("mail.log"), false);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
        TempDirs.delete(workDir);
    }
}
