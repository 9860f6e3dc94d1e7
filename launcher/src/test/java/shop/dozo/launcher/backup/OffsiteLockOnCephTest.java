package shop.dozo.launcher.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.SetBucketPolicyArgs;
import io.minio.SetBucketVersioningArgs;
import io.minio.SetObjectLockConfigurationArgs;
import io.minio.SetObjectRetentionArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.ObjectLockConfiguration;
import io.minio.messages.Retention;
import io.minio.messages.RetentionMode;
import io.minio.messages.VersioningConfiguration;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.dozo.backing.CephCluster;
import shop.dozo.backing.ClusterPorts;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ManagedProcess;
import shop.dozo.backing.StackSecrets;
import shop.dozo.backing.Tools;
import shop.dozo.testsupport.Prerequisites;

/**
 * The off-site protection against a real implementation of S3 Object Lock: Ceph 16.2's RGW. The chart's
 * verify-offsite.sh passes on a versioned bucket with a COMPLIANCE default retention and fails on one without;
 * the backup writer, even with every S3 permission on the bucket, cannot delete, overwrite, shorten or weaken a
 * locked backup; and the launcher's media restore works from that bucket. The off-site identity owns the bucket
 * and is a different RGW user than the writer and the shop's media user. A stand-in: production's off-site store
 * is another provider, not a second user on the shop's own Ceph.
 */
class OffsiteLockOnCephTest {
    private static final String OFFSITE_BUCKET = "dozo-offsite";
    private static final Path AWS = Path.of("/usr/bin/aws");

    @TempDir
    Path home;

    private final Map<String, ManagedProcess> running = new LinkedHashMap<>();
    private String endpoint;

    @AfterEach
    void stopCeph() {
        List<ManagedProcess> reversed = new ArrayList<>(running.values());
        Collections.reverse(reversed);
        reversed.forEach(process -> process.stop(Duration.ofSeconds(30)));
    }

    @Test
    void lockedBackupsSurviveTheWriterAndStillRestore() throws Exception {
        Prerequisites.need(CephCluster.installed() && Files.isExecutable(AWS),
                "Debian's ceph-mon, ceph-mgr, ceph-osd, radosgw and awscli (/usr/bin/aws)");
        int base = LocalStack.Settings.forTest(home, List.of()).httpPortBase();
        CephCluster ceph = new CephCluster(home.resolve("ceph"), new ClusterPorts(base).ceph());
        ceph.start(Set.of(), home.resolve("logs"), false, running::put);
        endpoint = "http://127.0.0.1:" + ceph.ports().gateways().get(0);

        Identity offsite = identity(ceph, "dozo-offsite");
        Identity writer = identity(ceph, "dozo-backup-writer");
        Identity media = identity(ceph, "dozo-media");

        MinioClient owner = offsite.client(endpoint);
        owner.makeBucket(MakeBucketArgs.builder().bucket(OFFSITE_BUCKET).objectLock(true).build());
        owner.setObjectLockConfiguration(SetObjectLockConfigurationArgs.builder().bucket(OFFSITE_BUCKET)
                .config(new ObjectLockConfiguration(RetentionMode.COMPLIANCE,
                        new ObjectLockConfiguration.RetentionDurationDays(2)))
                .build());
        // The writer may do anything S3 allows on the bucket: the lock, not a permission, must stop it.
        owner.setBucketPolicy(SetBucketPolicyArgs.builder().bucket(OFFSITE_BUCKET).config("""
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "Principal": {"AWS": ["arn:aws:iam:::user/%s"]}, "Action": ["s3:*"],
                  "Resource": ["arn:aws:s3:::%s", "arn:aws:s3:::%s/*"]}]}""".formatted(writer.uid(),
                OFFSITE_BUCKET, OFFSITE_BUCKET)).build());

        // 1. The chart's hook, for real: passes here ...
        Check locked = verifyOffsite(offsite, OFFSITE_BUCKET, 2);
        System.out.println("verify-offsite.sh on " + OFFSITE_BUCKET + ": " + locked.output());
        assertEquals(0, locked.exitCode(), locked.output());
        assertTrue(locked.output().contains("Object Lock COMPLIANCE for 2 days"), locked.output());
        // ... and fails on a versioned bucket without a lock, and on a retention shorter than asked for.
        owner.makeBucket(MakeBucketArgs.builder().bucket("dozo-unlocked").build());
        owner.setBucketVersioning(SetBucketVersioningArgs.builder().bucket("dozo-unlocked")
                .config(new VersioningConfiguration(VersioningConfiguration.Status.ENABLED, null, null, null)).build());
        Check unlocked = verifyOffsite(offsite, "dozo-unlocked", 2);
        System.out.println("verify-offsite.sh on dozo-unlocked: " + unlocked.output());
        assertNotEquals(0, unlocked.exitCode(), unlocked.output());
        assertTrue(unlocked.output().contains("off-site check FAILED"), unlocked.output());
        Check tooShort = verifyOffsite(offsite, OFFSITE_BUCKET, 30);
        assertNotEquals(0, tooShort.exitCode(), tooShort.output());
        assertTrue(tooShort.output().contains("must be >= 30 days"), tooShort.output());

        // 2. A backup written by the writer, through the launcher's own ObjectStore, is locked.
        ObjectStore backups = ObjectStore.open(writer.location(endpoint, OFFSITE_BUCKET), false);
        backups.putText("dumps/2026-12-02/manifest.json", "{\"backup\": 1}");
        MinioClient writing = writer.client(endpoint);
        String version = writing.statObject(StatObjectArgs.builder().bucket(OFFSITE_BUCKET)
                .object("dumps/2026-12-02/manifest.json").build()).versionId();
        assertTrue(version != null && !version.isBlank(), "the bucket keeps versions");
        String key = "dumps/2026-12-02/manifest.json";
        assertRefused("delete the locked version", () -> writing.removeObject(RemoveObjectArgs.builder()
                .bucket(OFFSITE_BUCKET).object(key).versionId(version).build()));
        assertRefused("delete it with bypass-governance", () -> writing.removeObject(RemoveObjectArgs.builder()
                .bucket(OFFSITE_BUCKET).object(key).versionId(version).bypassGovernanceMode(true).build()));
        assertRefused("shorten its retention", () -> writing.setObjectRetention(SetObjectRetentionArgs.builder()
                .bucket(OFFSITE_BUCKET).object(key).versionId(version)
                .config(new Retention(RetentionMode.COMPLIANCE, ZonedDateTime.now().plusHours(1))).build()));
        assertRefused("switch it to GOVERNANCE", () -> writing.setObjectRetention(SetObjectRetentionArgs.builder()
                .bucket(OFFSITE_BUCKET).object(key).versionId(version)
                .config(new Retention(RetentionMode.GOVERNANCE, ZonedDateTime.now().plusDays(3))).build()));
        assertRefused("the bucket owner deletes it", () -> owner.removeObject(RemoveObjectArgs.builder()
                .bucket(OFFSITE_BUCKET).object(key).versionId(version).build()));
        // An overwrite and a plain delete only add a version and a delete marker: the backup's bytes stay.
        backups.putText(key, "{\"backup\": \"overwritten\"}");
        writing.removeObject(RemoveObjectArgs.builder().bucket(OFFSITE_BUCKET).object(key).build());
        try (InputStream in = writing.getObject(GetObjectArgs.builder().bucket(OFFSITE_BUCKET).object(key)
                .versionId(version).build())) {
            assertEquals("{\"backup\": 1}", new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "the locked version still has its bytes");
        }

        // 3. Media mirrored off-site by the writer come back into a new, empty media bucket.
        MinioClient shop = media.client(endpoint);
        shop.makeBucket(MakeBucketArgs.builder().bucket(LocalStack.MEDIA_BUCKET).build());
        for (int i = 0; i < 5; i++) {
            byte[] bytes = ("image " + i + " " + StackSecrets.randomToken(64)).getBytes(StandardCharsets.UTF_8);
            shop.putObject(PutObjectArgs.builder().bucket(LocalStack.MEDIA_BUCKET).object("object-" + i)
                    .stream(new ByteArrayInputStream(bytes), (long) bytes.length, -1L).build());
        }
        ObjectStore mediaStore = ObjectStore.open(media.location(endpoint, LocalStack.MEDIA_BUCKET), false);
        assertEquals(5, MediaMirror.copyNew(mediaStore, backups), "the media mirror copies every object off-site");
        shop.makeBucket(MakeBucketArgs.builder().bucket("dozo-media-restored").build());
        ObjectStore restoredMedia = ObjectStore.open(media.location(endpoint, "dozo-media-restored"), false);
        Map<String, String> copied = MediaMirror.restore(backups, restoredMedia);
        assertEquals(5, copied.size(), "every media object comes back: " + copied.keySet());
        MediaMirror.verifyRestored(backups, restoredMedia, copied);
        assertRefused("delete a mirrored image's locked version", () -> {
            String mirrored = writing.statObject(StatObjectArgs.builder().bucket(OFFSITE_BUCKET)
                    .object(MediaMirror.PREFIX + "object-0").build()).versionId();
            writing.removeObject(RemoveObjectArgs.builder().bucket(OFFSITE_BUCKET)
                    .object(MediaMirror.PREFIX + "object-0").versionId(mirrored).build());
        });
    }

    private record Identity(String uid, String accessKey, String secretKey) {
        MinioClient client(String endpoint) {
            return MinioClient.builder().endpoint(endpoint).credentials(accessKey, secretKey).region("us-east-1")
                    .build();
        }

        ObjectStore.Location location(String endpoint, String bucket) {
            return new ObjectStore.Location(endpoint, accessKey, secretKey, bucket);
        }
    }

    private static Identity identity(CephCluster ceph, String uid) {
        Identity identity = new Identity(uid, StackSecrets.randomToken(15), StackSecrets.randomToken(30));
        ceph.ensureUser(uid, identity.accessKey(), identity.secretKey());
        return identity;
    }

    private interface S3Call {
        void run() throws Exception;
    }

    /** RGW refuses with AccessDenied (S3's answer to a locked version), not with a transport error. */
    private static void assertRefused(String what, S3Call call) {
        ErrorResponseException refused =
                assertThrows(ErrorResponseException.class, call::run, what + " must be refused");
        System.out.println("refused: " + what + " -> " + refused.errorResponse().code());
        assertEquals(403, refused.response().code(), what + ": " + refused.errorResponse().code());
    }

    private record Check(int exitCode, String output) {
    }

    /** The chart's hook script, unchanged, with the off-site identity's keys and Debian's aws CLI. */
    private Check verifyOffsite(Identity identity, String bucket, int minDays)
            throws IOException, InterruptedException {
        Path script = Tools.projectRoot().resolve("helm/dozo/files/verify-offsite.sh");
        ProcessBuilder builder = new ProcessBuilder("sh", script.toString()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("BUCKET", bucket);
        env.put("ENDPOINT_URL", endpoint);
        env.put("MIN_DAYS", Integer.toString(minDays));
        env.put("AWS_ACCESS_KEY_ID", identity.accessKey());
        env.put("AWS_SECRET_ACCESS_KEY", identity.secretKey());
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "verify-offsite.sh finishes");
        return new Check(process.exitValue(), output);
    }
}
