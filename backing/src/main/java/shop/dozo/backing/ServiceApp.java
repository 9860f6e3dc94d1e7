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

/**
 * One of Dozo's Quarkus services, run from its built fast-jar as a separate process on 127.0.0.1: the shop's API
 * or pages on {@code port}, health and metrics on {@code managementPort} (the management interface).
 */
public final class ServiceApp {
    private final String module;
    private final int port;
    private final int managementPort;
    private ManagedProcess process;

    public ServiceApp(String module, int port, int managementPort) {
        this.module = module;
        this.port = port;
        this.managementPort = managementPort;
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

    /** Where /q/health and /q/metrics answer; the main port answers them 404. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
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
            throw new IllegalStateException(
                    module + " is not built (" + jar + " is missing). Run ./mvnw -DskipTests install.");
        }
        Ports.requireFree(port, module, "DOZO_HTTP_PORT_BASE");
        Ports.requireFree(managementPort, module + " (its management port)", "DOZO_HTTP_PORT_BASE");
        List<String> command = new ArrayList<>(Tools.javaCommand(jvmOptions(module).toArray(String[]::new)));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        Map<String, String> env = new java.util.HashMap<>(config);
        // glibc gives every thread that allocates an arena of its own (up to 8 per core); two keep the resident
        // memory of a JVM with dozens of threads from growing by fragments no one uses.
        env.putIfAbsent("MALLOC_ARENA_MAX", "2");
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        process = ManagedProcess.start(module, command, env, logFile, detached);
        process.awaitReady(this::isReady, timeout, 50); // every 50 ms: the ready time ./dozo up prints is that exact
        return process;
    }

    /**
     * How every service's JVM runs, from the figures in bench/results/perf.md: the serial collector (one or two
     * cores; no GC threads to keep), a heap sized to the live set measured after the load test with room to spare,
     * bounded metaspace, code cache and thread stacks, and the class-data archive the build leaves next to the jar
     * ({@code quarkus.package.jar.appcds.enabled}), which spares most of the class loading at start.
     * content-service decodes uploaded images, so its heap is larger.
     */
    static List<String> jvmOptions(String module) {
        List<String> options = new ArrayList<>(List.of("-XX:+UseSerialGC",
                module.equals("content-service") ? "-Xmx256m" : "-Xmx128m", "-Xss512k",
                "-XX:ReservedCodeCacheSize=64m", "-XX:MaxMetaspaceSize=192m", "-XX:MaxDirectMemorySize=64m"));
        Path archive = runJar(module).resolveSibling("app-cds.jsa");
        if (Files.isRegularFile(archive)) {
            // -Xshare:auto: an archive of another JDK build is ignored with a warning, never a failed start.
            options.add("-XX:SharedArchiveFile=" + archive);
        }
        return options;
    }

    public void stop() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }

    public boolean isReady() {
        return isReady(managementUrl());
    }

    /** @param managementUrl the service's management interface (readiness is not served on its main port) */
    public static boolean isReady(String managementUrl) {
        return status(managementUrl + "/q/health/ready") == 200;
    }

    /**
     * Whether something behind {@code baseUrl} answers HTTP itself: a service answers GET / (200 or 404), while
     * HAProxy with no replica to route to answers 503.
     */
    public static boolean answers(String baseUrl) {
        int status = status(baseUrl + "/");
        return status > 0 && status < 500;
    }

    /** The status of a GET, or -1 when nothing answers. */
    private static int status(String url) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
