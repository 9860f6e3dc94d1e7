package shop.dozo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.dozo.backing.LocalStack;
import shop.dozo.backing.S3Server;
import shop.dozo.backing.ShopApi;

/** The First Server drill, automated: the local data is removed and comes back whole from the off-site store. */
class DrillTest {

    @TempDir
    Path temp;

    private DozoScript dozo;

    @AfterEach
    void down() throws Exception {
        dozo.run("down");
    }

    @Test
    void theDrillRestoresEverythingIncludingWritesAfterTheFullBackup() throws Exception {
        Path home = temp.resolve("shop");
        LocalStack.Settings ports = LocalStack.Settings.forTest(home, StackConfig.builtServices());
        dozo = new DozoScript(home, ports.httpPortBase(), ports.dbPort(), ports.s3Port(), ports.backupS3Port());
        DozoScript.Result up = dozo.run("up");
        assertEquals(0, up.exitCode(), up.output());
        assertTrue(up.output().contains("first full backup of this data folder"), up.output());

        LocalStack stack = new LocalStack(new StackConfig(home, ports.dbPort(), ports.s3Port(), ports.backupS3Port(),
                ports.httpPortBase()).settings(true));
        // Written after the full backup: only the archived binary logs can bring this back.
        ShopApi.Reply added = new ShopApi(stack.ownerToken()).post(stack.url("catalog-service") + "/api/staff/products",
                "{\"sku\":\"DRILL-AFTER-FULL\",\"category\":\"books\",\"name\":\"訓練の記録\",\"priceYen\":1200,\"taxRate\":10}");
        assertEquals(201, added.status(), added.body());
        String mediaKey = putMediaObject(stack.mediaS3());
        String order = Shopper.buysOne(stack, "OF-MISO-1K", "after-backup@example.jp");

        DozoScript.Result drill = dozo.run("drill");
        assertEquals(0, drill.exitCode(), drill.output());
        assertTrue(drill.output().contains("100 % restored, nothing lost"), drill.output());
        assertTrue(drill.output().contains("1 media objects"), drill.output());

        assertEquals(200, new ShopApi(null).get(stack.url("catalog-service") + "/api/products/DRILL-AFTER-FULL").status());
        assertEquals(200, new ShopApi(null).get(stack.url("cart-service") + "/api/orders/lookup?number=" + order
                + "&email=after-backup@example.jp").status(), "an order placed after the full backup is back");
        MinioClient media = MinioClient.builder().endpoint(stack.s3Endpoint())
                .credentials(stack.mediaS3().accessKey(), stack.mediaS3().secretKey()).build();
        media.statObject(StatObjectArgs.builder().bucket(LocalStack.MEDIA_BUCKET).object(mediaKey).build());
        assertTrue(Files.readString(home.resolve("backup-status.json")).contains("lastDrill"));
        ShopApi.Reply status = new ShopApi(stack.ownerToken()).get(stack.url("content-service") + "/api/staff/operations");
        assertTrue(status.body().contains("\"last-drill\"") && status.body().contains("100 % restored"),
                "staff see the drill's success: " + status.body());
        assertTrue(status.body().contains("\"last-full-backup\""), status.body());
    }

    @Test
    void restoreRefusesWhileTheShopRunsAndExplainsBadTimes() throws Exception {
        Path home = temp.resolve("shop");
        LocalStack.Settings ports = LocalStack.Settings.forTest(home, StackConfig.builtServices());
        dozo = new DozoScript(home, ports.httpPortBase(), ports.dbPort(), ports.s3Port(), ports.backupS3Port());
        DozoScript.Result badTime = dozo.run("restore", "--to", "yesterday");
        assertNotEquals(0, badTime.exitCode());
        assertTrue(badTime.output().contains("is not a UTC time"), badTime.output());
        assertEquals(0, dozo.run("up").exitCode());
        DozoScript.Result whileUp = dozo.run("restore");
        assertNotEquals(0, whileUp.exitCode());
        assertTrue(whileUp.output().contains("Stop the shop first"), whileUp.output());
    }

    private static String putMediaObject(S3Server s3) throws Exception {
        // Media keys are the SHA-256 of the bytes (content-service's rule); this stands for an uploaded image.
        byte[] bytes = "not really a JPEG, but bytes the owner must never lose".getBytes(StandardCharsets.UTF_8);
        String key = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        MinioClient client = MinioClient.builder().endpoint(s3.endpoint()).credentials(s3.accessKey(), s3.secretKey())
                .build();
        if (!client.bucketExists(io.minio.BucketExistsArgs.builder().bucket(LocalStack.MEDIA_BUCKET).build())) {
            client.makeBucket(io.minio.MakeBucketArgs.builder().bucket(LocalStack.MEDIA_BUCKET).build());
        }
        client.putObject(PutObjectArgs.builder().bucket(LocalStack.MEDIA_BUCKET).object(key)
                .stream(new ByteArrayInputStream(bytes), (long) bytes.length, -1L).build());
        return key;
    }
}
