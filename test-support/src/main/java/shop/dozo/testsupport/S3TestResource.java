package shop.dozo.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import shop.dozo.backing.Ports;
import shop.dozo.backing.S3Server;

/** Starts a real S3-compatible server on a free loopback port with real credentials. */
public class S3TestResource implements QuarkusTestResourceLifecycleManager {
    public static final String ACCESS_KEY = "dozo-test";
    public static final String SECRET_KEY = "dozo-test-secret-key";

    private S3Server server;
    private Path workDir;

    @Override
    public Map<String, String> start() {
        try {
            workDir = Files.createTempDirectory("dozo-s3");
            server = new S3Server(workDir, Ports.freePort(), ACCESS_KEY, SECRET_KEY);
            server.start(workDir.resolve("s3.log"), false);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the test S3 server: " + e.getMessage(), e);
        }
        System.setProperty("dozo.test.s3.endpoint", server.endpoint());
        return Map.of(
                "dozo.s3.endpoint", server.endpoint(),
                "dozo.s3.access-key", ACCESS_KEY,
                "dozo.s3.secret-key", SECRET_KEY);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
        TempDirs.delete(workDir);
    }
}
