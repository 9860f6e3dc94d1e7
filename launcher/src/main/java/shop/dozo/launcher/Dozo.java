package shop.dozo.launcher;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** The {@code ./dozo} command. Each subcommand is a small class; this only dispatches. */
public final class Dozo {
    private Dozo() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.exit(status);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        try {
            if (List.of("backup", "archive", "restore", "drill").contains(command)) {
                StackConfig.fromEnvironment().requireSingleNode(command);
            }
            return switch (command) {
                case "up" -> new UpCommand(StackConfig.fromEnvironment(), out, rest).run();
                case "down" -> new DownCommand(StackConfig.fromEnvironment(), out).run();
                case "status" -> new StatusCommand(StackConfig.fromEnvironment(), out).run();
                case "backup" -> new BackupCommand(StackConfig.fromEnvironment(), out).run();
                case "archive" -> new ArchiveCommand(StackConfig.fromEnvironment(), out, rest).run();
                case "restore" -> new RestoreCommand(StackConfig.fromEnvironment(), out, rest).run();
                case "drill" -> new DrillCommand(StackConfig.fromEnvironment(), out).run();
                case "export" -> new ArchiveCommands(StackConfig.fromEnvironment(), out, rest).export();
                case "verify" -> new ArchiveCommands(StackConfig.fromEnvironment(), out, rest).verify();
                case "import" -> new ArchiveCommands(StackConfig.fromEnvironment(), out, rest).importArchive();
                case "help", "--help", "-h" -> help(out);
                default -> {
                    err.println("Unknown command '" + command + "'.");
                    help(err);
                    yield 2;
                }
            };
        } catch (IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("dozo " + command + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static int help(PrintStream out) {
        out.println("""
                Usage: ./dozo <command>
                  up      build what is missing, start the whole shop locally, seed the demo shop once
                          (--cluster: 3 Galera nodes and 2 replicas of every service behind HAProxy; run
                          again, it restarts what died)
                  down    stop everything (all data stays in .dozo/)
                  status  show what is running
                  backup  take a full backup of the running shop to the off-site store
                  archive ship closed binary logs and new media off-site (--follow: every 30 s; up starts it)
                  restore rebuild databases and media from the off-site store (--to 2026-11-25T10:15:00Z)
                  drill   the "host lost everything" drill: remove the local data, restore it from off-site, compare
                  export  --out FILE: the whole shop in one archive for the owner's own disk
                  verify  FILE: check an archive completely without importing it
                  import  FILE [--into-non-empty]: put an archive back (refuses damaged archives)
                  (export/import take --base-url URL --token TOKEN for a Kubernetes install)
                  test    run every test (the CI command)
                Settings (environment): DOZO_HOME (.dozo), DOZO_HTTP_PORT_BASE (8080: storefront 8080,
                  catalog 8081, cart 8082, content 8083, review 8084, back office 8088), DOZO_DB_PORT (3307),
                  DOZO_S3_PORT (9000),
                  DOZO_BACKUP_S3_PORT (9100: the off-site store, data in <DOZO_HOME>-offsite),
                  DOZO_SEED=false (start an empty shop, e.g. to import an archive),
                  DOZO_JVM_OPTIONS (extra options for every JVM the shop runs)""");
        return 0;
    }
}
