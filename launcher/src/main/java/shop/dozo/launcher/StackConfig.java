package shop.dozo.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ServiceApp;

/** The local stack's settings, from the environment with defaults a developer can keep. */
record StackConfig(Path home, int dbPort, int s3Port, int backupS3Port, int httpPortBase) {

    static StackConfig fromEnvironment() {
        return from(System.getenv());
    }

    static StackConfig from(Map<String, String> env) {
        return new StackConfig(Path.of(env.getOrDefault("DOZO_HOME", ".dozo")).toAbsolutePath(),
                port(env, "DOZO_DB_PORT", 3307), port(env, "DOZO_S3_PORT", 9000),
                port(env, "DOZO_BACKUP_S3_PORT", 9100), port(env, "DOZO_HTTP_PORT_BASE", 8080));
    }

    LocalStack.Settings settings(boolean detached) {
        return new LocalStack.Settings(home, dbPort, s3Port, backupS3Port, httpPortBase, builtServices(), detached,
                "owner@dozo.local", cluster());
    }

    /** A data folder that {@code ./dozo up --cluster} started holds a cluster's data, so it stays a cluster. */
    boolean cluster() {
        return Files.exists(clusterMarker());
    }

    Path clusterMarker() {
        return home.resolve("cluster-mode");
    }

    /** For the commands that cluster mode does not have yet: refuse rather than work on the wrong database. */
    void requireSingleNode(String command) {
        if (cluster()) {
            throw new IllegalStateException("./dozo " + command + " is not yet in cluster mode: " + home
                    + " holds a Galera cluster, and backups, archiving, restores and drills work on the single-node "
                    + "shop only so far. ./dozo export still takes the whole shop into one archive.");
        }
    }

    Path runDir() {
        return home.resolve("run");
    }

    /** The services this checkout has built, in start order. */
    static List<String> builtServices() {
        return LocalStack.ALL_SERVICES.stream().filter(ServiceApp::isBuilt).toList();
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1024 || port > 65530) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + " must be a port number between 1024 and 65530, not '" + value + "'.");
        }
    }
}
