package shop.dozo.launcher;

import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import shop.dozo.backing.LocalStack;
import shop.dozo.launcher.backup.Backups;
import shop.dozo.launcher.backup.PidFiles;
import shop.dozo.launcher.backup.PointInTimeRestore;
import shop.dozo.launcher.backup.RestoreJournal;
import shop.dozo.launcher.backup.StagedRestore;

/**
 * {@code ./dozo restore [--to 2026-11-25T10:15:00Z] | --abandon}: rebuild the databases and media from the off-site
 * store. The copy is built and checked beside the shop's data and swapped in only when whole.
 */
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
        // A mistyped --to is said at once, before the owner stops the shop for nothing.
        boolean abandon = args.length == 1 && args[0].equals("--abandon");
        Instant target = abandon ? null : target();
        if (!new PidFiles(config.runDir()).running().isEmpty()) {
            throw new IllegalStateException("Stop the shop first (./dozo down): a restore replaces its databases.");
        }
        LocalStack stack = new LocalStack(config.settings(false));
        StagedRestore staged = new StagedRestore(stack);
        Optional<RestoreJournal.Entry> interrupted = RestoreJournal.read(config.home());
        if (abandon) {
            interrupted.ifPresentOrElse(entry -> {
                staged.abandon(entry);
                out.println(
                        "The interrupted " + entry.kind() + " was abandoned: its half-built copy is removed and the "
                                + "shop's previous data is in place. Start the shop with ./dozo up.");
            }, () -> out.println("No restore was interrupted; nothing to abandon."));
            return 0;
        }
        if (interrupted.isPresent()) {
            if (interrupted.get().swapping()) {
                staged.finishInterruptedSwap(interrupted.get());
                out.println("Finished the interrupted restore of " + interrupted.get().startedAt() + ": the restored "
                        + "data is in place, the previous data is kept in " + interrupted.get().keptAside() + ".");
                out.println("Start the shop with ./dozo up.");
                return 0;
            }
            staged.clearLeftovers();
            out.println("An interrupted " + interrupted.get().kind() + " (at step " + interrupted.get().step()
                    + ") was cleaned up; restoring again.");
        }
        try {
            Backups.Restored restored = new Backups(stack).restore(target);
            PointInTimeRestore.Report report = restored.report();
            out.println("Restored to " + (target == null ? "the newest archived moment" : target) + " from "
                    + report.fullBackup().key() + " plus " + report.binlogsReplayed().size()
                    + " archived binary log(s)" + (report.manifestChecked()
                            ? "; every table matched the full backup's manifest." : "."));
            out.println("Steps: " + restored.stepTimings() + ".");
            out.println("The previous data was moved aside to " + restored.keptAside() + ", not deleted.");
            out.println("Start the shop with ./dozo up.");
            return 0;
        } catch (Backups.RestoreFailed e) {
            boolean noData = RestoreJournal.read(config.home()).isPresent();
            throw new IllegalStateException("The restore failed at step '" + e.step() + "': " + e.getMessage() + "\n"
                    + (noData ? "This machine had no shop data to keep, so ./dozo up will not start an empty shop in "
                            + "its place. Fix the cause and run ./dozo restore again (./dozo restore --abandon "
                            + "starts over with an empty shop)."
                            : "Nothing was changed: the shop's data is where it was ("
                                    + config.home().resolve("mariadb")
                                    + ", " + config.home().resolve("s3") + ") and the half-built copy was removed. "
                                    + "Fix the cause and run ./dozo restore again, or start the shop as it was "
                                    + "with ./dozo up."),
                    e);
        }
    }

    private Instant target() {
        if (args.length == 0) {
            return null;
        }
        if (args.length != 2 || !args[0].equals("--to")) {
            throw new IllegalArgumentException("usage: ./dozo restore [--to 2026-11-25T10:15:00Z] | --abandon");
        }
        try {
            return Instant.parse(args[1]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + args[1] + "' is not a UTC time like 2026-11-25T10:15:00Z");
        }
    }
}
