package shop.dozo.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import shop.dozo.backing.ManagedProcess;

/** Stops services first and MariaDB last, each politely, so every committed write is on disk. */
final class DownCommand {
    private final StackConfig config;
    private final PrintStream out;

    DownCommand(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    int run() {
        PidFiles pids = new PidFiles(config.runDir());
        List<PidFiles.Entry> running = new ArrayList<>(pids.running());
        if (running.isEmpty()) {
            out.println("Dozo is not running.");
            return 0;
        }
        Collections.reverse(running);
        for (PidFiles.Entry entry : running) {
            out.println("Stopping " + entry.name() + " ...");
            pids.handle(entry).ifPresent(process -> ManagedProcess.stop(process, Duration.ofSeconds(30)));
            pids.remove(entry);
        }
        out.println("Dozo is stopped. Your data stays in " + config.home() + ".");
        return 0;
    }
}
