package shop.dozo.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import shop.dozo.backing.LocalStack;
import shop.dozo.launcher.archive.ArchiveImporter;
import shop.dozo.launcher.archive.ArchiveVerifier;
import shop.dozo.launcher.archive.ArchiveWriter;
import shop.dozo.launcher.archive.Manifest;
import shop.dozo.launcher.archive.ShopEndpoints;
import shop.dozo.launcher.backup.PidFiles;

/**
 * {@code ./dozo export --out FILE}, {@code ./dozo verify FILE}, {@code ./dozo import FILE}: the owner's whole
 * shop in one archive. Against the local stack by default; {@code --base-url URL --token TOKEN} for a Kubernetes
 * install (a staff token from content-service's /api/auth/token).
 */
final class ArchiveCommands {
    private final StackConfig config;
    private final PrintStream out;
    private final Map<String, String> options = new HashMap<>();
    private String file;

    ArchiveCommands(StackConfig config, PrintStream out, String[] args) {
        this.config = config;
        this.out = out;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                boolean flag = args[i].equals("--into-non-empty");
                options.put(args[i], flag ? "true" : valueAfter(args, i));
                i += flag ? 0 : 1;
            } else {
                file = args[i];
            }
        }
    }

    int export() {
        Path target = Path.of(required(options.get("--out"), "--out FILE")).toAbsolutePath();
        Instant started = Instant.now();
        out.println("Exporting the shop to " + target + " ...");
        Manifest manifest = new ArchiveWriter(endpoints(), out).write(target, source());
        out.println("Done in " + Duration.between(started, Instant.now()).toSeconds() + " s: "
                + manifest.entries().size()
                + " entries, each with its SHA-256 in manifest.json. Keep it somewhere the shop's host is not.");
        return 0;
    }

    int verify() {
        Path archive = existing(file);
        ArchiveVerifier.Result result = ArchiveVerifier.verify(archive);
        if (!result.ok()) {
            result.problems().forEach(problem -> out.println("  PROBLEM: " + problem));
            out.println(archive + " is NOT usable.");
            return 1;
        }
        result.manifest().counts().forEach((what, count) -> out.println("  " + what + ": " + count));
        out.println(archive + " is complete and intact (" + result.manifest().entries().size() + " entries, made "
                + result.manifest().createdAt() + ").");
        return 0;
    }

    int importArchive() {
        Path archive = existing(file);
        out.println("Importing " + archive + " ...");
        Map<String, Long> imported = new ArchiveImporter(endpoints(), out)
                .importFrom(archive, options.containsKey("--into-non-empty"));
        out.println("Imported " + imported.size() + " tables. Running it again is safe: rows are matched by id.");
        return 0;
    }

    private ShopEndpoints endpoints() {
        if (options.containsKey("--base-url")) {
            return ShopEndpoints.behindIngress(options.get("--base-url"),
                    required(options.get("--token"), "--token TOKEN"));
        }
        LocalStack stack = new LocalStack(config.settings(true));
        if (new PidFiles(config.runDir()).running().isEmpty()) {
            throw new IllegalStateException(
                    "Dozo is not running locally: ./dozo up first, or pass --base-url and --token.");
        }
        Map<String, String> urls = new HashMap<>();
        for (String module : LocalStack.ALL_SERVICES) {
            urls.put(module, stack.url(module));
        }
        return new ShopEndpoints(urls, stack.ownerToken());
    }

    private String source() {
        return options.getOrDefault("--base-url", "local stack at " + config.home());
    }

    private static Path existing(String file) {
        Path path = Path.of(required(file, "FILE"));
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(path + " does not exist.");
        }
        return path;
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing " + what);
        }
        return value;
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }
}
