package shop.dozo.launcher;

import shop.dozo.launcher.backup.PidFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import shop.dozo.backing.DemoShopSeeder;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ManagedProcess;
import shop.dozo.backing.Tools;
import shop.dozo.launcher.backup.Backups;
import shop.dozo.launcher.backup.FullBackup;
import shop.dozo.launcher.backup.RestoreJournal;
import shop.dozo.launcher.backup.StagedRestore;
import shop.dozo.launcher.backup.Timeline;

/** Starts the whole shop in the background, seeds the demo shop the first time, and says where it is. */
final class UpCommand {
    private final StackConfig config;
    private final PrintStream out;

    UpCommand(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    int run() {
        Instant started = Instant.now();
        PidFiles pids = new PidFiles(config.runDir());
        if (!pids.running().isEmpty()) {
            out.println("Dozo is already running (./dozo status shows what; ./dozo down stops it).");
            return 0;
        }
        checkHome();
        LocalStack stack = new LocalStack(config.settings(true));
        handleInterruptedRestore(stack);
        if (stack.settings().services().isEmpty()) {
            throw new IllegalStateException("No service is built. Run ./mvnw -DskipTests install first.");
        }
        out.println("Starting MariaDB, the S3 server and " + String.join(", ", stack.settings().services()) + " ...");
        try {
            stack.start();
        } catch (RuntimeException e) {
            stack.stop();
            throw e;
        } finally {
            int order = 0;
            for (Map.Entry<String, ManagedProcess> process : stack.processes().entrySet()) {
                pids.write(order++, process.getKey(), process.getValue().pid());
            }
        }
        seedOnce(stack);
        backUpNewTimeline(stack);
        startArchiver(pids, stack.processes().size());
        printWelcome(stack, Duration.between(started, Instant.now()));
        return 0;
    }

    /**
     * The demo shop goes in once: what the owner later changes or archives is not brought back. DOZO_SEED=false
     * starts an empty shop (to import an archive into).
     */
    private void seedOnce(LocalStack stack) {
        Path marker = config.home().resolve("seeded");
        if (Files.exists(marker) || "false".equals(System.getenv("DOZO_SEED"))) {
            return;
        }
        for (String line : new DemoShopSeeder(stack, DemoShopSeeder.demoFile()).seed()) {
            out.println("  seeded " + line);
        }
        try {
            Files.writeString(marker, Instant.now().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Binlogs only continue a full backup of the same data folder, so a new folder needs one. A folder a restore
     * built is already reachable off-site (the backup and binlogs it came from), so the shop serves at once and
     * the archiver takes that first backup in the background: at shop scale it takes minutes, and the restore
     * is not over until the shop serves. A brand-new folder gets it here, before anything could be lost.
     */
    private void backUpNewTimeline(LocalStack stack) {
        Backups backups = new Backups(stack);
        Path dataDir = stack.database().dataDir();
        if (FullBackup.existsFor(backups.offsite(true), Timeline.of(dataDir))) {
            return;
        }
        Optional<String> restoredFrom = Timeline.restoredFrom(dataDir);
        if (restoredFrom.isPresent()) {
            out.println("  first full backup of this restored data folder: being taken in the background (see "
                    + "logs/archiver.log); until it is off-site, a restore brings back " + restoredFrom.get());
            return;
        }
        FullBackup.Info info = backups.full();
        out.println("  first full backup of this data folder: " + info.key());
    }

    /** Binlogs and new media go off-site every 30 s while the shop runs (the recovery point). */
    private void startArchiver(PidFiles pids, int order) {
        List<String> command = List.of(Tools.javaExecutable().toString(), "-Xmx128m", "-Ddozo.home=" + config.home(),
                "-cp", System.getProperty("java.class.path"), Dozo.class.getName(), "archive", "--follow");
        Map<String, String> env = Map.of("DOZO_HOME", config.home().toString(),
                "DOZO_DB_PORT", Integer.toString(config.dbPort()), "DOZO_S3_PORT", Integer.toString(config.s3Port()),
                "DOZO_BACKUP_S3_PORT", Integer.toString(config.backupS3Port()),
                "DOZO_HTTP_PORT_BASE", Integer.toString(config.httpPortBase()));
        ManagedProcess archiver = ManagedProcess.start("archiver", command, env,
                config.home().resolve("logs/archiver.log"), true);
        pids.write(order, "archiver", archiver.pid());
    }

    /**
     * A drill never touches the shop's data, so what an interrupted one left is simply cleared. An interrupted
     * restore is another matter: the owner asked for the off-site data, and starting on whatever is here instead
     * (perhaps nothing, and then a fresh demo shop) would hide that it never came back.
     */
    private void handleInterruptedRestore(LocalStack stack) {
        Optional<RestoreJournal.Entry> interrupted = RestoreJournal.read(config.home());
        if (interrupted.isEmpty()) {
            return;
        }
        RestoreJournal.Entry entry = interrupted.get();
        if (entry.kind().equals("drill")) {
            new StagedRestore(stack).abandon(entry);
            out.println("  an interrupted drill (at step " + entry.step() + ") was cleaned up; the shop's own data was "
                    + "never touched");
            return;
        }
        String target = List.of(RestoreJournal.LATEST, "unknown").contains(entry.target()) ? ""
                : " --to " + entry.target();
        throw new IllegalStateException("A restore started at " + entry.startedAt() + " did not finish (it stopped at "
                + "step '" + entry.step() + "'), so the shop is not started on the data here.\n"
                + (entry.swapping()
                        ? "It had begun moving the restored, checked data into place. Run ./dozo restore to finish "
                                + "that, or ./dozo restore --abandon to put the previous data (kept in "
                                + entry.keptAside() + ") back."
                        : "The shop's previous data was not changed. Run ./dozo restore" + target + " to restore "
                                + "again, or ./dozo restore --abandon to start the shop on its previous data."));
    }

    private void checkHome() {
        Path home = config.home();
        if (Files.exists(home) && !Files.isDirectory(home)) {
            throw new IllegalStateException(home + " is a file, not a folder. Move it away or set DOZO_HOME.");
        }
        if (Files.isDirectory(home) && !Files.isWritable(home)) {
            throw new IllegalStateException(home + " is not writable. Fix its permissions or set DOZO_HOME.");
        }
    }

    private void printWelcome(LocalStack stack, Duration took) {
        out.println();
        out.println("Dozo is up (" + took.toSeconds() + " s). Data is kept in " + config.home() + ".");
        out.println("  Shop:              " + stack.url("storefront") + "/");
        for (String module : stack.settings().services()) {
            out.println(String.format("  %-18s %s  (health: %s/q/health/ready)", module + ":", stack.url(module),
                    stack.url(module)));
        }
        out.println("  Staff sign-in:     " + stack.settings().ownerEmail() + " / " + stack.ownerPassword()
                + "  (POST " + stack.url("content-service") + "/api/auth/token)");
        out.println("  Backups:           binlogs and media go off-site every 30 s to " + stack.backupS3Endpoint()
                + " (data in " + stack.settings().offsiteHome() + "); ./dozo backup takes a full backup");
        out.println("  Stop with ./dozo down; nothing is lost by stopping.");
    }
}
