package shop.dozo.backing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An S3-compatible server (S3Proxy with its filesystem backend) on 127.0.0.1, requiring signed requests with the
 * given access key and secret. The application only ever speaks the S3 API to it, so production can use any S3.
 */
public final class S3Server {
    private final Path workDir;
    private final int port;
    private final String accessKey;
    private final String secretKey;
    private ManagedProcess process;

    public S3Server(Path workDir, int port, String accessKey, String secretKey) {
        this.workDir = workDir.toAbsolutePath();
        this.port = port;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    public ManagedProcess process() {
        return process;
    }

    public ManagedProcess start(Path logFile, boolean detached) {
        Ports.requireFree(port, "The S3 server", "DOZO_S3_PORT");
        Path properties = writeProperties();
        List<String> command = Tools.javaCommand("-Xmx256m",
                "-jar", Tools.require("s3proxy.jar").toString(), "--properties", properties.toString());
        process = ManagedProcess.start("S3 server", command, Map.of(), logFile, detached);
        process.awaitReady(this::answers, Duration.ofSeconds(60));
        return process;
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(10));
        }
    }

    private Path writeProperties() {
        try {
            Path blobs = Files.createDirectories(workDir.resolve("blobs"));
            Path file = workDir.resolve("s3proxy.properties");
            Files.writeString(file, String.join("\n",
                    "s3proxy.endpoint=" + endpoint(),
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + accessKey,
                    "s3proxy.credential=" + secretKey,
                    "jclouds.provider=filesystem-nio2",
                    "jclouds.filesystem.basedir=" + blobs,
                    ""));
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the S3 server folder " + workDir + ": " + e.getMessage(), e);
        }
    }

    /** Any HTTP answer (an unsigned request is refused with 403) means the server is up. */
    private boolean answers() {
        if (!Ports.isListening(port)) {
            return false;
        }
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(endpoint() + "/"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() > 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
