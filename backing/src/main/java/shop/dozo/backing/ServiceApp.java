package shop.dozo.backing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One of Dozo's Quarkus services, run from its built fast-jar as a separate process on 127.0.0.1. */
public final class ServiceApp {
    private final String module;
    private final int port;
    private ManagedProcess process;

    public ServiceApp(String module, int port) {
        this.module = module;
        this.port = port;
    }

    public String module() {
        return module;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public static Path runJar(String module) {
        return Tools.projectRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public static boolean isBuilt(String module) {
        return Files.isRegularFile(runJar(module));
    }

    /** Starts the service with the given configuration (as environment variables) and waits until it is ready. */
    public ManagedProcess start(Map<String, String> config, Path logFile, boolean detached, Duration timeout) {
        return start(config, logFile, detached, timeout, List.of());
    }

    /** @param jvmOptions extra JVM options (a cluster replica names its home, so its pid file can be checked) */
    public ManagedProcess start(Map<String, String> config, Path logFile, boolean detached, Duration timeout,
            List<String> jvmOptions) {
        Path jar = runJar(module);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(module + " is not built (" + jar + " is missing). Run ./mvnw -DskipTests install.");
        }
        Ports.requireFree(port, module, "DOZO_HTTP_PORT_BASE");
        List<String> command = new ArrayList<>(Tools.javaCommand("-Xmx256m", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        Map<String, String> env = new java.util.HashMap<>(config);
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        process = ManagedProcess.start(module, command, env, logFile, detached);
        process.awaitReady(this::isReady, timeout);
        return process;
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    public boolean isReady() {
        return isReady(baseUrl());
    }

    public static boolean isReady(String baseUrl) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
