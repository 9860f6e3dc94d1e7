package shop.dozo.launcher;

import shop.dozo.launcher.backup.PidFiles;
import java.io.PrintStream;
import java.util.List;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ServiceApp;

final class StatusCommand {
    private final StackConfig config;
    private final PrintStream out;

    StatusCommand(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    int run() {
        List<PidFiles.Entry> running = new PidFiles(config.runDir()).running();
        if (running.isEmpty()) {
            out.println("Dozo is not running.");
            return 3;
        }
        LocalStack stack = new LocalStack(config.settings(true));
        for (PidFiles.Entry entry : running) {
            String state = "running";
            if (entry.name().endsWith("-service") || entry.name().equals("storefront")) {
                state = ServiceApp.isReady(stack.url(entry.name())) ? "ready at " + stack.url(entry.name()) : "not ready";
            }
            out.println(String.format("  %-16s pid %-8d %s", entry.name(), entry.pid(), state));
        }
        return 0;
    }
}
