package shop.dozo.launcher.backup;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.dozo.backing.Ports;
import shop.dozo.backing.S3Server;

/** A backup target that is wrong says what is wrong, against a real S3 server. */
class ObjectStoreTest {
    @TempDir
    static Path temp;

    private static S3Server s3;

    @BeforeAll
    static void start() {
        s3 = new S3Server(temp.resolve("s3"), Ports.freePort(), "offsite-writer", "offsite-secret-0123456789");
        s3.start(temp.resolve("s3.log"), false);
    }

    @AfterAll
    static void stop() {
        s3.stop();
    }

    @Test
    void wrongCredentialsAreNamed() {
        var refused = assertThrows(IllegalStateException.class, () -> ObjectStore.open(
                new ObjectStore.Location(s3.endpoint(), "offsite-writer", "not-the-secret", "dozo-backups"), true));
        assertTrue(refused.getMessage().contains("refused the credentials"), refused.getMessage());
    }

    @Test
    void aMissingBucketIsNamedAndNotCreatedWhenRestoring() {
        var missing = assertThrows(IllegalStateException.class, () -> ObjectStore.open(
                new ObjectStore.Location(s3.endpoint(), s3.accessKey(), s3.secretKey(), "no-such-bucket"), false));
        assertTrue(missing.getMessage().contains("'no-such-bucket' does not exist"), missing.getMessage());
        var created = ObjectStore.open(new ObjectStore.Location(s3.endpoint(), s3.accessKey(), s3.secretKey(),
                "no-such-bucket"), true);
        assertTrue(created.describe().endsWith("/no-such-bucket"));
    }

    @Test
    void anUnreachableStoreIsNamed() {
        String nobody = "http://127.0.0.1:" + Ports.freePort();
        var unreachable = assertThrows(IllegalStateException.class, () -> ObjectStore.open(
                new ObjectStore.Location(nobody, s3.accessKey(), s3.secretKey(), "dozo-backups"), true));
        assertTrue(unreachable.getMessage().contains(nobody), unreachable.getMessage());
    }
}
