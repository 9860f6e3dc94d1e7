package shop.dozo.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import shop.dozo.backing.LocalStack;
import shop.dozo.launcher.backup.Backups;
import shop.dozo.launcher.backup.FullBackup;
import shop.dozo.launcher.backup.PidFiles;

/** {@code ./dozo backup}: a full backup of the running shop to the off-site store. */
final class BackupCommand {
    private final StackConfig config;
    private final PrintStream out;

    BackupCommand(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    int run() {
        if (new PidFiles(config.runDir()).running().isEmpty()) {
            throw new IllegalStateException("Dozo is not running; start it with ./dozo up to take a backup.");
        }
        Instant started = Instant.now();
        Backups backups = new Backups(new LocalStack(config.settings(true)));
        FullBackup.Info info = backups.full();
        out.println("Full backup " + info.key() + " (" + info.bytes() + " bytes, SHA-256 " + info.sha256() + ")");
        out.println("  databases " + String.join(", ", info.databases()) + ", continues at " + info.binlogFile() + ":"
                + info.binlogPosition());
        out.println("  stored in " + backups.offsite(false).describe() + " in "
                + Duration.between(started, Instant.now()).toMillis() + " ms");
        return 0;
    }
}
