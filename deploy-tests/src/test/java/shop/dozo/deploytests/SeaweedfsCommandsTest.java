package shop.dozo.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The weed shell commands the chart runs (the bucket Job's script, the masters' maintenance scripts) use only
 * flags SeaweedFS accepts, and the ones that change something really do. No SeaweedFS runs here, and weed shell
 * would not tell: on an unknown flag a command prints "flag provided but not defined", does nothing, and the
 * shell still exits 0 (weed/shell/shell_liner.go, processEachCmd); without -apply a command only simulates.
 */
class SeaweedfsCommandsTest {

    /** The image these flags were read from; a new image means reading them again. */
    static final String IMAGE = "chrislusf/seaweedfs:4.05";

    /**
     * Flags of each command as its flag.NewFlagSet defines them in seaweedfs/seaweedfs tag 4.05 (commit
     * 87b71029f75efc2fe6f1bcf12a3f129127f04e90), weed/shell/command_&lt;name&gt;.go. s3.bucket.create lost
     * -replication in commit 4fd5f9659 (2022-06-06, "filer: remove replication, collection, disk_type info from
     * entry metadata"); a bucket's replication is a filer path rule, fs.configure -locationPrefix -replication.
     */
    static final Map<String, Set<String>> FLAGS = Map.of(
            "lock", Set.of(),
            "unlock", Set.of(),
            "s3.bucket.list", Set.of(),
            "s3.bucket.create", Set.of("name", "owner"),
            "fs.configure", Set.of("locationPrefix", "collection", "replication", "ttl", "disk", "fsync", "readOnly",
                    "worm", "wormGracePeriod", "wormRetentionTime", "maxFileNameLength", "dataCenter", "rack",
                    "dataNode", "volumeGrowthCount", "delete", "apply"),
            "volume.fix.replication", Set.of("collectionPattern", "apply", "force", "verbose", "doDelete", "doCheck",
                    "maxParallelization", "retry", "volumesPerStep"));

    /** weed shell's own flags (weed/command/shell.go, same tag). */
    static final Set<String> SHELL_FLAGS = Set.of("master", "filerGroup", "filer", "cluster");

    /**
     * Flags of the servers the chart starts, from weed/command/{master,volume,filer}.go (cmdX.Flag, same tag), and
     * the global -logtostderr (weed/glog/glog.go).
     */
    static final Map<String, Set<String>> SERVER_FLAGS = Map.of(
            "master", Set.of("port", "port.grpc", "ip", "ip.bind", "mdir", "peers", "volumeSizeLimitMB",
                    "volumePreallocate", "maxParallelVacuumPerServer", "pulseSeconds", "defaultReplication",
                    "garbageThreshold", "whiteList", "disableHttp", "metrics.address", "metrics.intervalSeconds",
                    "metricsPort", "metricsIp", "resumeState", "heartbeatInterval", "electionTimeout", "raftHashicorp",
                    "raftBootstrap", "telemetry.url", "telemetry", "debug", "debug.port", "cpuprofile", "memprofile"),
            "volume", Set.of("port", "port.grpc", "port.public", "ip", "id", "publicUrl", "ip.bind", "master", "mserver",
                    "preStopSeconds", "pulseSeconds", "idleTimeout", "dataCenter", "rack", "index", "disk",
                    "images.fix.orientation", "readMode", "cpuprofile", "memprofile", "compactionMBps", "maintenanceMBps",
                    "fileSizeLimitMB", "index.leveldbTimeout", "concurrentUploadLimitMB", "concurrentDownloadLimitMB",
                    "pprof", "metricsPort", "metricsIp", "dir.idx", "inflightUploadDataTimeout",
                    "inflightDownloadDataTimeout", "hasSlowRead", "readBufferSizeMB", "debug", "debug.port", "dir", "max",
                    "whiteList", "minFreeSpacePercent", "minFreeSpace"),
            // Only the filer's own and S3 flags: the chart starts no webdav, iam or sftp.
            "filer", Set.of("master", "filerGroup", "collection", "ip", "ip.bind", "port", "port.grpc", "port.readonly",
                    "defaultReplicaPlacement", "disableDirListing", "maxMB", "dirListLimit", "dataCenter", "rack",
                    "disableHttp", "encryptVolumeData", "metricsPort", "metricsIp", "saveToFilerLimit", "defaultStoreDir",
                    "concurrentUploadLimitMB", "concurrentFileUploadLimit", "debug", "debug.port", "localSocket",
                    "ui.deleteDir", "downloadMaxMBps", "disk", "allowedOrigins", "exposeDirectoryData", "tusBasePath",
                    "s3", "s3.port", "s3.port.https", "s3.port.grpc", "s3.domainName", "s3.allowedOrigins",
                    "s3.dataCenter", "s3.key.file", "s3.cert.file", "s3.config", "s3.iam.config", "s3.auditLogConfig",
                    "s3.metricsPort", "s3.metricsIp", "s3.allowEmptyFolder", "s3.allowDeleteBucketNotEmpty",
                    "s3.localSocket", "s3.cacert.file", "s3.tlsVerifyClientCert", "s3.ip.bind", "s3.idleTimeout",
                    "s3.concurrentUploadLimitMB", "s3.concurrentFileUploadLimit", "s3.iam"));

    private static final Pattern PIPED = Pattern.compile("echo \"([^\"]*)\" \\| weed shell((?: -[A-Za-z.]+=\"?[^ \"|]*\"?)*)");
    private static final Pattern FLAG = Pattern.compile("^-{1,2}([A-Za-z0-9.]+)(?:=.*)?$");

    @Test
    void theChartRunsTheImageTheFlagsWereReadFrom() throws Exception {
        String values = Files.readString(Repo.CHART.resolve("values.yaml"));
        assertTrue(values.contains("image: " + IMAGE),
                "objectStorage.bundled.image is no longer " + IMAGE + ": check FLAGS against the new image's source");
    }

    @Test
    void bucketScriptUsesRealFlags() throws Exception {
        String script = Files.readString(Repo.CHART.resolve("files/seaweedfs-bucket.sh"));
        List<String> commands = new ArrayList<>();
        Matcher m = PIPED.matcher(script);
        while (m.find()) {
            commands.add(m.group(1));
            for (String arg : m.group(2).trim().split("\\s+")) {
                assertTrue(SHELL_FLAGS.contains(flagName(arg)), "weed shell has no flag " + arg);
            }
        }
        commands.forEach(SeaweedfsCommandsTest::assertRealAndApplied);
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("s3.bucket.create ")), "the script creates the bucket: " + commands);
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("fs.configure ") && c.contains("-replication")),
                "the bucket's replication is set with an fs.configure path rule: " + commands);
    }

    @Test
    void mastersRepairReplicationForReal() {
        Manifests m = Chart.template(List.of(Repo.PROD_VALUES), Map.of("objectStorage.mode", "bundled"));
        String toml = (String) m.one("ConfigMap", "dozo-seaweedfs-master").map("data").get("master.toml");
        Matcher scripts = Pattern.compile("(?s)scripts\\s*=\\s*\"\"\"(.*?)\"\"\"").matcher(toml);
        assertTrue(scripts.find(), toml);
        List<String> commands = scripts.group(1).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        assertEquals("lock", commands.get(0), "volume.fix.replication -apply needs the shell lock");
        assertEquals("unlock", commands.get(commands.size() - 1));
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("volume.fix.replication")), toml);
        commands.forEach(SeaweedfsCommandsTest::assertRealAndApplied);
    }

    @Test
    void serversStartWithRealFlags() {
        Manifests m = Chart.template(List.of(Repo.PROD_VALUES), Map.of("objectStorage.mode", "bundled"));
        List<String> started = new ArrayList<>();
        for (K8sObject o : m.all()) {
            if (o.at("spec.template.spec") == null) {
                continue;
            }
            for (Map<String, Object> c : o.containers(true)) {
                if (!List.of("weed").equals(c.get("command"))) {
                    continue;
                }
                List<String> args = new ArrayList<>();
                K8sObject.asList(c.get("args")).forEach(a -> args.add(String.valueOf(a)));
                assertEquals("-logtostderr", args.get(0), o.id());
                String server = args.get(1);
                assertTrue(SERVER_FLAGS.containsKey(server), o.id() + ": unchecked weed command " + server);
                for (String arg : args.subList(2, args.size())) {
                    assertTrue(SERVER_FLAGS.get(server).contains(flagName(arg)), o.id() + ": weed " + server + " has no flag " + arg);
                }
                started.add(server);
            }
        }
        assertEquals(Set.of("master", "volume", "filer"), Set.copyOf(started), "weed servers found: " + started);
    }

    /** Known command, known flags, and -apply where the command would otherwise only simulate. */
    static void assertRealAndApplied(String command) {
        List<String> words = List.of(command.trim().split("\\s+"));
        String name = words.get(0);
        assertTrue(FLAGS.containsKey(name), "unchecked weed shell command " + name + ": add its flags to FLAGS from the source");
        for (String arg : words.subList(1, words.size())) {
            if (arg.startsWith("-")) {
                assertTrue(FLAGS.get(name).contains(flagName(arg)), name + " has no flag " + arg + " (SeaweedFS 4.05): " + command);
            } else {
                assertFalse(arg.isEmpty());
            }
        }
        // Both print "Running in simulation mode" and change nothing without -apply (fs.configure only when it
        // is given a rule to change; bare, it prints the configuration).
        boolean changes = name.equals("volume.fix.replication") || (name.equals("fs.configure") && command.contains("-locationPrefix"));
        if (changes) {
            assertTrue(words.contains("-apply"), command + " only simulates without -apply");
        }
    }

    private static String flagName(String arg) {
        Matcher m = FLAG.matcher(arg);
        assertTrue(m.matches(), "not a flag: " + arg);
        return m.group(1);
    }
}
