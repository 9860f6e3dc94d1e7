package shop.dozo.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.Tools;

/** Runs the real ./dozo script, as a person would, with its own home folder and ports. */
final class DozoScript {
    record Result(int exitCode, String output) {
    }

    /** Longer than any single command takes on a slow machine, short enough not to eat the CI budget. */
    static final Duration TIMEOUT = Duration.ofMinutes(6);
    /**
     * A whole cluster's start: 3 Galera nodes, 7 Ceph daemons and 10 service JVMs one after the other. On 2 cores
     * shared with other test runs it took 318-326 s, and twice more than 6 minutes at a load average of 15-20.
     */
    static final Duration CLUSTER_START_TIMEOUT = Duration.ofMinutes(10);

    private final Map<String, String> env = new HashMap<>();
    private final StackConfig config;

    /** A shop of its own in {@code home}, on free ports. */
    static DozoScript onFreePorts(Path home) {
        LocalStack.Settings ports = LocalStack.Settings.forTest(home, StackConfig.builtServices());
        return new DozoScript(home, ports.httpPortBase(), ports.dbPort(), ports.s3Port(), ports.backupS3Port());
    }

    DozoScript(Path home, int httpPortBase, int dbPort, int s3Port, int backupS3Port) {
        config = new StackConfig(home, dbPort, s3Port, backupS3Port, httpPortBase);
        env.put("DOZO_HOME", home.toString());
        env.put("DOZO_HTTP_PORT_BASE", Integer.toString(httpPortBase));
        env.put("DOZO_DB_PORT", Integer.toString(dbPort));
        env.put("DOZO_S3_PORT", Integer.toString(s3Port));
        env.put("DOZO_BACKUP_S3_PORT", Integer.toString(backupS3Port));
    }

    /** The shop this script runs, for a test to reach its servers directly. */
    LocalStack stack() {
        return new LocalStack(config.settings(true));
    }

    Map<String, String> environment() {
        return env;
    }

    DozoScript with(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Starts ./dozo without waiting, for a test that kills it part-way; its output goes to {@code log}. */
    Process start(Map<String, String> extraEnv, Path log, String... args) throws IOException {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = Tools.projectRoot().resolve("dozo").toString();
        System.arraycopy(args, 0, command, 2, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().putAll(extraEnv);
        return builder.start();
    }

    /**
     * Runs ./dozo to the end. A command that hangs is killed with everything it started after
     * {@link #TIMEOUT} ({@link #CLUSTER_START_TIMEOUT} for a cluster start), and the test fails with what it printed, rather than stalling the whole build.
     */
    Result run(String... args) throws IOException, InterruptedException {
        Path log = Files.createTempFile("dozo-run", ".log");
        try {
            Process process = start(Map.of(), log, args);
            Duration timeout = List.of(args).contains("--cluster") ? CLUSTER_START_TIMEOUT : TIMEOUT;
            boolean finished = process.waitFor(timeout.toMinutes(), TimeUnit.MINUTES);
            if (!finished) {
                shop.dozo.backing.ManagedProcess.killTree(process.toHandle());
            }
            String text = Files.readString(log, StandardCharsets.UTF_8);
            System.out.println("./dozo " + String.join(" ", args) + " ->\n" + text);
            if (!finished) {
                throw new IllegalStateException("./dozo " + String.join(" ", args) + " did not finish within "
                        + timeout + "; it printed:\n" + text);
            }
            return new Result(process.exitValue(), text);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
