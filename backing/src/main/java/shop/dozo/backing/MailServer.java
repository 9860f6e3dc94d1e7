package shop.dozo.backing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server that keeps every mail it is given instead of delivering it: GreenMail standalone, as its own
 * process on 127.0.0.1. It accepts mail for any address (authentication off) and shows what it caught through its
 * REST API, whose root page is a browsable API console. Mails live in its memory: a restart forgets them, which
 * is what a catcher for a local shop and for tests wants.
 */
public final class MailServer {
    private final int smtpPort;
    private final int apiPort;
    private ManagedProcess process;

    public MailServer(int smtpPort, int apiPort) {
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
    }

    /**
     * Whether the build copied GreenMail into the tools folder. A tools folder from before the mail server existed
     * (another checkout built against this library) runs its stack without one, and its mails wait in the outbox.
     */
    public static boolean installed() {
        return java.nio.file.Files.isRegularFile(Tools.dir().resolve("greenmail.jar"));
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int apiPort() {
        return apiPort;
    }

    /** The REST API ({@code GET /api/user/{address}/messages/INBOX}); its root page lists the calls. */
    public String apiUrl() {
        return "http://127.0.0.1:" + apiPort;
    }

    public ManagedProcess process() {
        return process;
    }

    public ManagedProcess start(java.nio.file.Path logFile, boolean detached) {
        Ports.requireFree(smtpPort, "The mail server (SMTP)", "DOZO_HTTP_PORT_BASE");
        Ports.requireFree(apiPort, "The mail server (its REST API)", "DOZO_HTTP_PORT_BASE");
        List<String> command = Tools.javaCommand("-Xmx128m",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
                // Any recipient is accepted and gets a mailbox of its own; nothing leaves this machine.
                "-Dgreenmail.auth.disabled",
                // Names the shop's home on the command line: ./dozo down and up know the process by it.
                "-Ddozo.log=" + logFile.toAbsolutePath(),
                "-jar", Tools.require("greenmail.jar").toString());
        process = ManagedProcess.start("Mail server", command, Map.of(), logFile, detached);
        process.awaitReady(this::ready, Duration.ofSeconds(60));
        return process;
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(10));
        }
    }

    /** The API answers 200 only once the SMTP service listens. */
    private boolean ready() {
        if (!Ports.isListening(smtpPort) || !Ports.isListening(apiPort)) {
            return false;
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(apiUrl()
                    + "/api/service/readiness")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
