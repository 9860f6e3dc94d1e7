package shop.dozo.launcher;

import java.io.PrintStream;
import shop.dozo.launcher.backup.PidFiles;

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
        if (pids.running().isEmpty()) {
            out.println("Dozo is not running.");
            return 0;
        }
        for (String name : pids.stop(name -> true)) {
            out.println("Stopped " + name);
        }
        out.println("Dozo is stopped. Your data stays in " + config.home() + ".");
        return 0;
    }
}
