package shop.dozo.backing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole shop on one machine: MariaDB (one schema and user per service), the S3 server, the mail catcher and
 * the services, on
 * 127.0.0.1, with everything the shop owns kept under {@code home}. {@code ./dozo up} runs it detached and keeps
 * the home folder; tests run it attached in a temporary folder.
 */
public final class LocalStack {
    public static final String BACKOFFICE = "backoffice";

    /** Start order: the storefront and the back office last, because they compose the others. */
    public static final List<String> ALL_SERVICES = List.of("catalog-service", "content-service", "cart-service",
            "review-service", "storefront", BACKOFFICE);

    /** The back office sits above MariaDB and the S3 servers of a test stack (base+5..base+7), below the replicas. */
    private static final Map<String, Integer> PORT_OFFSETS = Map.of("storefront", 0, "catalog-service", 1,
            "cart-service", 2, "content-service", 3, "review-service", 4, BACKOFFICE, 8);

    public static final String MEDIA_BUCKET = "dozo-media";
    public static final String BACKUP_BUCKET = "dozo-backups";

    /**
     * @param backupS3Port the second, "off-site" S3 server: its data lives beside {@code home} (not inside it) and
     *                     its credentials are its own, so losing the shop's folder or its keys does not lose backups
     */
    /**
     * @param cluster      {@code ./dozo up --cluster}: three Galera nodes and two replicas of every service behind
     *                     HAProxy, which takes the ports named here (see {@link ClusterPorts})
     */
    public record Settings(Path home, int dbPort, int s3Port, int backupS3Port, int httpPortBase,
            List<String> services, boolean detached, String ownerEmail, boolean cluster) {

        /** Throw-away settings for a test: free ports, given folder. */
        public static Settings forTest(Path home, List<String> services) {
            // One block for everything: HTTP at base..base+4, then MariaDB and the two S3 servers; a cluster's
            // replicas and nodes above them (ClusterPorts).
            int base = freeBlockOfPorts();
            return new Settings(home, base + 5, base + 6, base + 7, base, services, false, "owner@dozo.test", false);
        }

        public Path offsiteHome() {
            return home.resolveSibling(home.getFileName() + "-offsite");
        }
    }

    private final Settings settings;
    private final StackSecrets secrets;
    private final Map<String, ManagedProcess> running = new LinkedHashMap<>();
    private final StackSecrets offsiteSecrets;

    public LocalStack(Settings settings) {
        this.settings = settings;
        this.secrets = StackSecrets.in(settings.home());
        this.offsiteSecrets = StackSecrets.in(settings.offsiteHome());
    }

    public MariaDbServer database() {
        return databaseIn(settings.home().resolve("mariadb"));
    }

    /** The shop's database server on another data folder (a restore builds its copy in one). */
    public MariaDbServer databaseIn(Path dataDir) {
        return MariaDbServer.at(dataDir, settings.dbPort(), secrets.get("db.root.password"));
    }

    /** Where the services keep media: the shop's own S3 server. */
    public S3Server mediaS3() {
        return mediaS3In(settings.home().resolve("s3"));
    }

    public S3Server mediaS3In(Path workDir) {
        return new S3Server(workDir, settings.s3Port(), secrets.get("s3.access.key"), secrets.get("s3.secret.key"));
    }

    /** The off-site S3 server for backups, with credentials the services never see. */
    public S3Server backupS3() {
        return new S3Server(settings.offsiteHome().resolve("s3"), settings.backupS3Port(),
                offsiteSecrets.get("s3.access.key"), offsiteSecrets.get("s3.secret.key"));
    }

    /** The SMTP server cart-service sends through: a catcher that keeps every mail for reading ({@link MailServer}). */
    public MailServer mail() {
        return new MailServer(settings.httpPortBase() + ClusterPorts.MAIL_SMTP,
                settings.httpPortBase() + ClusterPorts.MAIL_API);
    }

    public StackSecrets secrets() {
        return secrets;
    }

    public Settings settings() {
        return settings;
    }

    public String url(String module) {
        return "http://127.0.0.1:" + port(module);
    }

    public int port(String module) {
        return settings.httpPortBase() + PORT_OFFSETS.get(module);
    }

    /** The single-node service's management interface (/q/health, /q/metrics, /q/openapi). */
    public String managementUrl(String module) {
        return "http://127.0.0.1:" + managementPort(module);
    }

    public int managementPort(String module) {
        if (module.equals(BACKOFFICE)) {
            return settings.httpPortBase() + ClusterPorts.BACKOFFICE_MANAGEMENT;
        }
        return new ClusterPorts(settings.httpPortBase()).singleNodeManagement(PORT_OFFSETS.get(module));
    }

    /** The module's place in the port block (storefront 0, catalog 1, ...). */
    static int portOffset(String module) {
        return PORT_OFFSETS.get(module);
    }

    public String s3Endpoint() {
        return "http://127.0.0.1:" + settings.s3Port();
    }

    public String backupS3Endpoint() {
        return "http://127.0.0.1:" + settings.backupS3Port();
    }

    public Map<String, ManagedProcess> processes() {
        return running;
    }

    /** Every process this stack runs, by the name its pid file and log get, in start order. */
    public List<String> memberNames() {
        if (settings.cluster()) {
            return cluster().memberNames();
        }
        List<String> names = new ArrayList<>(List.of("mariadb", "s3", "offsite-s3"));
        if (MailServer.installed()) {
            names.add("mail");
        }
        names.addAll(settings.services());
        return names;
    }

    /** The cluster's parts ({@code ./dozo up --cluster}). */
    public ClusterStack cluster() {
        if (!settings.cluster()) {
            throw new IllegalStateException("This shop does not run as a cluster");
        }
        return new ClusterStack(this);
    }

    /** Starts the backing servers and every service, each waiting for the one before to be ready. */
    public void start() {
        start(java.util.Set.of());
    }

    /**
     * Starts what is not in {@code alreadyRunning}: for a cluster, a node or replica that died comes back (a node
     * rejoins the others); a single-node stack always starts whole.
     */
    public void start(java.util.Set<String> alreadyRunning) {
        if (settings.cluster()) {
            ensureHome();
            cluster().start(alreadyRunning, running::put);
            return;
        }
        checkPortsFree();
        Path logs = settings.home().resolve("logs");
        MariaDbServer database = database();
        running.put("mariadb", database.start(logs.resolve("mariadb.log"), settings.detached()));
        for (String module : settings.services()) {
            if (databaseName(module) != null) {
                database.createDatabase(databaseName(module), databaseName(module),
                        secrets.get("db." + module + ".password"));
            }
        }
        running.put("s3", mediaS3().start(logs.resolve("s3.log"), settings.detached()));
        running.put("offsite-s3", backupS3().start(logs.resolve("offsite-s3.log"), settings.detached()));
        if (MailServer.installed()) {
            running.put("mail", mail().start(logs.resolve("mail.log"), settings.detached()));
        }
        for (String module : settings.services()) {
            ServiceApp app = new ServiceApp(module, port(module), managementPort(module));
            running.put(module, app.start(serviceConfig(module), logs.resolve(module + ".log"), settings.detached(),
                    Duration.ofSeconds(120)));
        }
    }

    /** Stops services first and the database last, so nothing writes to a stopped database. */
    public void stop() {
        List<ManagedProcess> reversed = new ArrayList<>(running.values());
        java.util.Collections.reverse(reversed);
        for (ManagedProcess process : reversed) {
            process.stop(Duration.ofSeconds(30));
        }
        running.clear();
    }

    /** For tests: stops everything and deletes the stack's folder and its off-site sibling. */
    public void stopAndDelete() {
        stop();
        for (Path dir : List.of(settings.home(), settings.offsiteHome())) {
            if (Files.exists(dir)) {
                try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                } catch (IOException e) {
                    // A leftover temporary folder is harmless.
                }
            }
        }
    }

    public String ownerPassword() {
        return secrets.get("owner.initial.password");
    }

    /** A short-lived owner token signed with the stack's key, for the operator's tools (seeding, export). */
    public String ownerToken() {
        try {
            return StaffTokenSigner.sign(Pem.privateKey(Files.readString(secrets.privateKey())), settings.ownerEmail(),
                    List.of("staff", "owner"), 900);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, String> serviceConfig(String module) {
        Map<String, String> env = new HashMap<>();
        String db = databaseName(module);
        if (db != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mariadb://127.0.0.1:" + settings.dbPort() + "/" + db);
            env.put("QUARKUS_DATASOURCE_USERNAME", db);
            env.put("QUARKUS_DATASOURCE_PASSWORD", secrets.get("db." + module + ".password"));
        }
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", secrets.publicKey().toString());
        env.put("DOZO_INTERNAL_KEY", secrets.get("internal.key"));
        for (String other : List.of("catalog", "cart", "content", "review")) {
            env.put("QUARKUS_REST_CLIENT_" + other.toUpperCase() + "_URL", url(other + "-service"));
        }
        if (module.equals("content-service")) {
            env.put("SMALLRYE_JWT_SIGN_KEY_LOCATION", secrets.privateKey().toString());
            env.put("DOZO_S3_ENDPOINT", s3Endpoint());
            env.put("DOZO_S3_ACCESS_KEY", secrets.get("s3.access.key"));
            env.put("DOZO_S3_SECRET_KEY", secrets.get("s3.secret.key"));
            env.put("DOZO_S3_BUCKET", MEDIA_BUCKET);
            env.put("DOZO_OWNER_EMAIL", settings.ownerEmail());
            env.put("DOZO_OWNER_INITIAL_PASSWORD", ownerPassword());
        }
        if (module.equals("cart-service")) {
            // Mails go to the local catcher: plain SMTP on loopback, no TLS, no password.
            env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            env.put("QUARKUS_MAILER_PORT", String.valueOf(mail().smtpPort()));
            env.put("QUARKUS_MAILER_FROM", "shop@dozo.test");
            env.put("QUARKUS_MAILER_TLS", "false");
            env.put("QUARKUS_MAILER_START_TLS", "DISABLED");
            env.put("QUARKUS_MAILER_MOCK", "false");
            env.put("DOZO_SHOP_PUBLIC_URL", url("storefront"));
        }
        if (module.equals(BACKOFFICE)) {
            // Kept in the shop's secrets, so staff stay signed in across ./dozo down and up.
            env.put("DOZO_BACKOFFICE_SECRET", secrets.get("backoffice.secret", 32));
            env.put("DOZO_BACKOFFICE_STOREFRONT_URL", url("storefront"));
        }
        return env;
    }

    /** dozo_catalog for catalog-service; null for the storefront, which has no database of its own. */
    public static String databaseName(String module) {
        return module.endsWith("-service") ? "dozo_" + module.substring(0, module.length() - "-service".length())
                : null;
    }

    void ensureHome() {
        try {
            Files.createDirectories(settings.home());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + settings.home() + ": " + e.getMessage(), e);
        }
    }

    private void checkPortsFree() {
        Ports.requireFree(settings.dbPort(), "MariaDB", "DOZO_DB_PORT");
        Ports.requireFree(settings.s3Port(), "The S3 server", "DOZO_S3_PORT");
        Ports.requireFree(settings.backupS3Port(), "The off-site backup S3 server", "DOZO_BACKUP_S3_PORT");
        if (MailServer.installed()) {
            Ports.requireFree(mail().smtpPort(), "The mail server (SMTP, DOZO_HTTP_PORT_BASE+70)",
                    "DOZO_HTTP_PORT_BASE");
        }
        for (String module : settings.services()) {
            Ports.requireFree(port(module), module, "DOZO_HTTP_PORT_BASE");
            Ports.requireFree(managementPort(module), module + " (its management port, DOZO_HTTP_PORT_BASE+55..+59)",
                    "DOZO_HTTP_PORT_BASE");
        }
        ensureHome();
    }

    /** A block of free ports: a test stack's services, MariaDB, the two S3 servers and a cluster's members. */
    private static int freeBlockOfPorts() {
        for (int attempt = 0; attempt < 50; attempt++) {
            // Below Linux's ephemeral range (32768 and up), so no outgoing connection can take a port while a
            // test's shop is stopped and started again.
            int base = 20000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12000);
            boolean free = true;
            for (int offset = 0; offset < ClusterPorts.SPAN && free; offset++) {
                free = !Ports.isListening(base + offset);
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("No block of " + ClusterPorts.SPAN + " free loopback ports found");
    }
}
