package shop.dozo.launcher;

import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import shop.dozo.backing.LocalStack;
import shop.dozo.launcher.backup.Backups;
import shop.dozo.launcher.backup.PointInTimeRestore;

/** {@code ./dozo restore [--to 2026-11-25T10:15:00Z]}: rebuild the databases and media from the off-site store. */
final class RestoreCommand {
    private final StackConfig config;
    private final PrintStream out;
    private final String[] args;

    RestoreCommand(StackConfig config, PrintStream out, String[] args) {
        this.config = config;
        this.out = out;
        this.args = args;
    }

    int run() {
        if (!new PidFiles(config.runDir()).running().isEmpty()) {
            throw new IllegalStateException("Stop the shop first (./dozo down): a restore replaces its databases.");
        }
        Instant target = target();
        PointInTimeRestore.Report report = new Backups(new LocalStack(config.settings(false))).restore(target);
        out.println("Restored to " + target + " from " + report.fullBackup().key() + " plus "
                + report.binlogsReplayed().size() + " archived binary log(s).");
        out.println("The previous data folder was moved aside (mariadb.before-restore-*), not deleted.");
        out.println("Start the shop with ./dozo up.");
        return 0;
    }

    private Instant target() {
        if (args.length == 0) {
            return Instant.now();
        }
        if (args.length != 2 || !args[0].equals("--to")) {
            throw new IllegalArgumentException("usage: ./dozo restore [--to 2026-11-25T10:15:00Z]");
        }
        try {
            return Instant.parse(args[1]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + args[1] + "' is not a UTC time like 2026-11-25T10:15:00Z");
        }
    }
}
