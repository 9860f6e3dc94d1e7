package shop.dozo.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import shop.dozo.backing.MariaDbServer;
import shop.dozo.backing.Ports;

/**
 * Starts a real MariaDB 11.4 on a free loopback port with a throw-away data folder, creates the service's
 * database and user, and points the datasource at it. Use with {@code @QuarkusTestResource}.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {
    public static final String DATABASE = "dozo_test";
    public static final String USER = "dozo_test";
    public static final String PASSWORD = "dozo-test-password";

    private MariaDbServer server;
    private Path workDir;

    @Override
    public Map<String, String> start() {
        try {
            workDir = Files.createTempDirectory("dozo-mariadb");
            server = MariaDbServer.at(workDir.resolve("data"), Ports.freePort(), "");
            server.start(workDir.resolve("mariadb.log"), false);
            server.createDatabase(DATABASE, USER, PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the test MariaDB: " + e.getMessage(), e);
        }
        // Tests that need a second connection (e.g. to check rows directly) read these.
        System.setProperty("dozo.test.db.url", server.jdbcUrl(DATABASE));
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(DATABASE),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
        TempDirs.delete(workDir);
    }
}
