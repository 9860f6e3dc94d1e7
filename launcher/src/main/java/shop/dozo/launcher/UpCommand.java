package shop.dozo.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import shop.dozo.backing.ClusterStack;
import shop.dozo.backing.DemoShopSeeder;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.MailServer;
import shop.dozo.backing.ManagedProcess;
import shop.dozo.backing.Tools;
import shop.dozo.launcher.backup.Backups;
import shop.dozo.launcher.backup.FullBackup;
import shop.dozo.launcher.backup.PidFiles;
import shop.dozo.launcher.backup.RestoreJournal;
import shop.dozo.launcher.backup.StagedRestore;
import shop.dozo.launcher.backup.Timeline;

/** Starts the whole shop in the background, seeds the demo shop the first time, and says where it is. */
final class UpCommand {
    private final StackConfig config;
    private final PrintStream out;
    private final List<String> args;

    UpCommand(StackConfig config, PrintStream out, String... args) {
        this.config = config;
        this.out = out;
        this.args = List.of(args);
    }

    int run() {
        Instant started = Instant.now();
        for (String arg : args) {
            if (!arg.equals("--cluster")) {
                throw new IllegalArgumentException("Unknown option '" + arg + "' (./dozo up takes only --cluster).");
            }
        }
        checkHome();
        chooseMode(args.contains("--cluster"));
        PidFiles pids = new PidFiles(config.runDir());
        LocalStack stack = new LocalStack(config.settings(true));
        Set<String> alive = new HashSet<>();
        pids.running().forEach(entry -> alive.add(entry.name()));
        if (!alive.isEmpty() && (!config.cluster() || alive.containsAll(stack.memberNames()))) {
            out.println("Dozo is already running (./dozo status shows what; ./dozo down stops it).");
            return 0;
        }
        handleInterruptedRestore(stack);
        if (stack.settings().services().isEmpty()) {
            throw new IllegalStateException("No service is built. Run ./mvnw -DskipTests install first.");
        }
        if (!alive.isEmpty()) {
            // A cluster member died (a crash, a kill -9): bring back what is missing, as Kubernetes would.
            List<String> missing = stack.memberNames().stream().filter(name -> !alive.contains(name)).toList();
            out.println("The cluster runs without " + String.join(", ", missing) + "; starting "
                    + (missing.size() == 1 ? "it" : "them") + " again ...");
            startRecorded(stack, alive, pids);
            out.println(
                    "Dozo's cluster is whole again (" + Duration.between(started, Instant.now()).toSeconds() + " s).");
            return 0;
        }
        out.println(stack.settings().cluster()
                ? "Starting the cluster: 3 Galera nodes, Ceph for media (1 monitor, 1 manager, 3 OSDs, 2 RGWs), "
                        + "HAProxy and 2 replicas of "
                        + String.join(", ", stack.settings().services()) + " ..."
                : "Starting MariaDB, the S3 server and " + String.join(", ", stack.settings().services()) + " ...");
        startRecorded(stack, alive, pids);
        printReadyTimes(stack);
        seedOnce(stack);
        warmUp(stack);
        if (stack.settings().cluster()) {
            printClusterWelcome(stack, Duration.between(started, Instant.now()));
            return 0;
        }
        backUpNewTimeline(stack);
        startArchiver(pids, stack.memberNames().size());
        printWelcome(stack, Duration.between(started, Instant.now()));
        return 0;
    }

    /** Starts what is not running and records every started process, even when a later one fails. */
    private void startRecorded(LocalStack stack, Set<String> alive, PidFiles pids) {
        try {
            stack.start(alive);
        } catch (RuntimeException e) {
            stack.stop();
            throw e;
        } finally {
            List<String> members = stack.memberNames();
            for (Map.Entry<String, ManagedProcess> process : stack.processes().entrySet()) {
                pids.write(members.indexOf(process.getKey()), process.getKey(), process.getValue().pid());
            }
        }
    }

    /**
     * Each service's time from its process start to its first passing readiness probe, e.g. "catalog-service ready
     * in 1.42 s" (bench/perf.sh reads these lines).
     */
    private void printReadyTimes(LocalStack stack) {
        for (Map.Entry<String, ManagedProcess> process : stack.processes().entrySet()) {
            if (stack.settings().services().contains(process.getKey())) {
                process.getValue().readyIn().ifPresent(took -> out.println(String.format(java.util.Locale.ROOT,
                        "  %s ready in %.2f s", process.getKey(), took.toNanos() / 1e9)));
            }
        }
    }

    /**
     * A data folder is a cluster's or a single node's for good: the two keep their databases in different folders,
     * and moving a shop from one to the other is not built yet.
     */
    private void chooseMode(boolean wantCluster) {
        if (!wantCluster || config.cluster()) {
            if (config.cluster() && !wantCluster) {
                out.println("(" + config.home() + " holds a cluster: starting it as one.)");
            }
            return;
        }
        if (Files.exists(config.home().resolve("mariadb"))) {
            throw new IllegalStateException(config.home() + " holds a single-node shop. A cluster starts in a data "
                    + "folder of its own, e.g. DOZO_HOME=.dozo-cluster ./dozo up --cluster (moving a shop into a cluster "
                    + "is not built yet: ./dozo export, then ./dozo import into the cluster).");
        }
        try {
            Files.createDirectories(config.home());
            Files.writeString(config.clusterMarker(), "Started by ./dozo up --cluster at " + Instant.now() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + config.clusterMarker() + ": " + e.getMessage(), e);
        }
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
        if (backups.hasFullBackupOfThisFolder()) {
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
        List<String> command = Tools.javaCommand("-Xmx128m", "-Ddozo.home=" + config.home(),
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

    /**
     * One visit to the shop's front page before it is announced: freshly started JVMs answer their first calls
     * slowly, and the storefront's short timeouts would show the first shopper a home page without products.
     */
    private static void warmUp(LocalStack stack) {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5)).build();
        java.net.http.HttpRequest home = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(stack.url("storefront") + "/")).timeout(Duration.ofSeconds(30)).build();
        for (int visit = 0; visit < 3; visit++) {
            try {
                String page = http.send(home, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                if (page.contains("data-sku=")) {
                    return;
                }
            } catch (IOException e) {
                return; // the shop is up but not answering: its health checks said otherwise, so nothing to add
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
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

    private void printClusterWelcome(LocalStack stack, Duration took) {
        ClusterStack cluster = stack.cluster();
        out.println();
        out.println("Dozo's cluster is up (" + took.toSeconds() + " s). Data is kept in " + config.home() + ".");
        out.println("  Shop:              " + stack.url("storefront") + "/  (HAProxy)");
        printBackOffice(stack);
        for (String module : cluster.replicated()) {
            out.println(String.format("  %-18s %s  (HAProxy; replicas on %s, health /q/health/ready on %s)",
                    module + ":", stack.url(module), cluster.replicaPorts(module),
                    cluster.replicaManagementPorts(module)));
        }
        out.println(
                "  Database:          127.0.0.1:" + stack.settings().dbPort() + "  (HAProxy: one Galera node takes the "
                        + "writes; nodes on "
                        + cluster.galera().nodes().stream().map(node -> node.ports().client()).toList() + ")");
        out.println("  Media S3:          127.0.0.1:" + stack.settings().s3Port() + "  (HAProxy over the RGWs on "
                + cluster.ports().ceph().gateways() + "; Ceph monitor 127.0.0.1:" + cluster.ports().ceph().mon()
                + ", 3 copies of every object; ceph -c " + cluster.ceph().configFile() + " status)");
        out.println("  Staff sign-in:     " + stack.settings().ownerEmail() + " / " + stack.ownerPassword()
                + "  (POST " + stack.url("content-service") + "/api/auth/token)");
        printMail(stack);
        out.println("  Backups:           not yet in cluster mode (./dozo export still works)");
        out.println("  Run ./dozo up --cluster again to restart a member that died; stop with ./dozo down.");
    }

    /** The back office, where the owner signs in with the account printed below. */
    private void printBackOffice(LocalStack stack) {
        if (stack.settings().services().contains(LocalStack.BACKOFFICE)) {
            out.println("  Back office:       " + stack.url(LocalStack.BACKOFFICE) + "/  (sign in as "
                    + stack.settings().ownerEmail() + " / " + stack.ownerPassword() + ")");
        }
    }

    /** Nothing leaves the machine: the shop's mails are caught, and this says where to read them. */
    private void printMail(LocalStack stack) {
        MailServer mail = stack.mail();
        out.println(
                "  Mails:             caught by GreenMail (SMTP 127.0.0.1:" + mail.smtpPort() + "), never delivered; "
                        + "read a shopper's with " + mail.apiUrl() + "/api/user/<e-mail>/messages/INBOX (API console: "
                        + mail.apiUrl() + "/)");
    }

    private void printWelcome(LocalStack stack, Duration took) {
        out.println();
        out.println("Dozo is up (" + took.toSeconds() + " s). Data is kept in " + config.home() + ".");
        out.println("  Shop:              " + stack.url("storefront") + "/");
        printBackOffice(stack);
        for (String module : stack.settings().services()) {
            out.println(String.format("  %-18s %s  (health: %s/q/health/ready)", module + ":", stack.url(module),
                    stack.managementUrl(module)));
        }
        out.println("  Staff sign-in:     " + stack.settings().ownerEmail() + " / " + stack.ownerPassword()
                + "  (POST " + stack.url("content-service") + "/api/auth/token)");
        printMail(stack);
        out.println("  Backups:           binlogs and media go off-site every 30 s to " + stack.backupS3Endpoint()
                + " (data in " + stack.settings().offsiteHome() + "); ./dozo backup takes a full backup");
        out.println("  Stop with ./dozo down; nothing is lost by stopping.");
    }
}
