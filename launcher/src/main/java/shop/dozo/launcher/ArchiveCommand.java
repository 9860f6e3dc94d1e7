package shop.dozo.launcher;

import java.io.PrintStream;
import java.time.Instant;
import shop.dozo.backing.LocalStack;
import shop.dozo.launcher.backup.Backups;
import shop.dozo.launcher.backup.FullBackup;

/**
 * {@code ./dozo archive [--follow]}: ship closed binary logs and new media off-site. {@code ./dozo up} runs it
 * with --follow in the background, every 30 seconds.
 */
final class ArchiveCommand {
    private final StackConfig config;
    private final PrintStream out;
    private final boolean follow;

    ArchiveCommand(StackConfig config, PrintStream out, String[] args) {
        this.config = config;
        this.out = out;
        this.follow = args.length > 0 && args[0].equals("--follow");
    }

    int run() throws InterruptedException {
        Backups backups = new Backups(new LocalStack(config.settings(true)));
        boolean timelineBackedUp = false;
        do {
            try {
                // A restored data folder starts without a full backup of its own (./dozo up leaves it to us).
                java.util.Optional<FullBackup.Info> first = timelineBackedUp ? java.util.Optional.empty()
                        : backups.firstFullBackupIfMissing();
                timelineBackedUp = true;
                out.println(Instant.now() + " " + (first.isPresent()
                        ? "first full backup of this data folder: " + first.get().key() : backups.archive()));
            } catch (RuntimeException e) {
                // Keep trying: a passing outage of the off-site store must not stop the archiving for good.
                out.println(Instant.now() + " archiving failed, will retry: " + e.getMessage());
                if (!follow) {
                    throw e;
                }
            }
            if (follow) {
                Thread.sleep(Backups.ARCHIVE_EVERY.toMillis());
            }
        } while (follow);
        return 0;
    }
}
