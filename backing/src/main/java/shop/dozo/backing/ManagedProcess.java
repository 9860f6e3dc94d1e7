package shop.dozo.backing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A server we started as a child process, with its output in a log file.
 *
 * <p>The JDK's {@link ProcessBuilder} and {@link ProcessHandle} rather than a process library (Commons Exec, zt-exec):
 * they already give the pid, the descendants, a polite stop then a forced one, and {@code setsid} does the detaching;
 * what is left (readiness by probe, a pid file, the log) is Dozo's own and small.
 */
public final class ManagedProcess {
    private final String name;
    private final ProcessHandle handle;
    private final Path logFile;
    private final long startedNanos = System.nanoTime();
    private volatile Duration readyIn;

    private ManagedProcess(String name, ProcessHandle handle, Path logFile) {
        this.name = name;
        this.handle = handle;
        this.logFile = logFile;
    }

    /**
     * Starts the command. A detached process gets its own session, so it outlives the JVM that started it
     * and a Ctrl-C in the terminal does not reach it (that is what {@code ./dozo up} wants).
     */
    public static ManagedProcess start(String name, List<String> command, Map<String, String> env, Path logFile,
            boolean detached) {
        List<String> fullCommand = new ArrayList<>();
        if (detached) {
            fullCommand.add("setsid");
        }
        fullCommand.addAll(command);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(fullCommand)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().putAll(env);
            return new ManagedProcess(name, builder.start().toHandle(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    public long pid() {
        return handle.pid();
    }

    /**
     * How long the process took from its start to the first ready probe that passed, once {@code awaitReady} has
     * seen it ready (the bench's and {@code ./dozo up}'s "ready in" figure).
     */
    public java.util.Optional<Duration> readyIn() {
        return java.util.Optional.ofNullable(readyIn);
    }

    public boolean isAlive() {
        return handle.isAlive();
    }

    /** Waits until {@code ready} holds; fails early, with the end of the log, if the process dies. */
    public void awaitReady(BooleanSupplier ready, Duration timeout) {
        awaitReady(ready, timeout, 200);
    }

    /**
     * As {@link #awaitReady(BooleanSupplier, Duration)}, probing every {@code pollMillis}; a short period makes
     * {@link #readyIn()} exact to about that.
     */
    public void awaitReady(BooleanSupplier ready, Duration timeout, long pollMillis) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (ready.getAsBoolean()) {
                readyIn = Duration.ofNanos(System.nanoTime() - startedNanos);
                return;
            }
            if (!isAlive()) {
                throw new IllegalStateException(
                        name + " stopped while starting. End of " + logFile + ":\n" + logTail(20));
            }
            sleep(pollMillis);
        }
        stop(Duration.ofSeconds(10));
        throw new IllegalStateException(name + " was not ready after " + timeout.toSeconds() + " s. End of " + logFile
                + ":\n" + logTail(20));
    }

    /** Asks politely (SIGTERM), then forcibly after the grace period. */
    public void stop(Duration grace) {
        stop(handle, grace);
    }

    public static void stop(ProcessHandle process, Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            process.onExit().join();
        }
    }

    /** kill -9 of a process and everything it started (a hung tool's own children would keep its pipes open). */
    public static void killTree(ProcessHandle process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
