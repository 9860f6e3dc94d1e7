package shop.dozo.backing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackingServersTest {

    @TempDir
    Path temp;

    @Test
    void mariaDbKeepsDataAcrossRestartsAndIsolatesServiceUsers() throws Exception {
        int port = Ports.freePort();
        MariaDbServer server = MariaDbServer.at(temp.resolve("data"), port, "root-secret");
        server.start(temp.resolve("db.log"), false);
        try {
            server.createDatabase("dozo_demo", "demo", "demo-secret");
            try (Connection c = DriverManager.getConnection(server.jdbcUrl("dozo_demo"), "demo", "demo-secret");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(50))");
                s.execute("INSERT INTO note VALUES (1, '土蔵')");
            }
        } finally {
            server.stop();
        }
        assertFalse(server.process().isAlive());

        MariaDbServer again = MariaDbServer.at(temp.resolve("data"), port, "root-secret");
        again.start(temp.resolve("db.log"), false);
        try (Connection c = DriverManager.getConnection(again.jdbcUrl("dozo_demo"), "demo", "demo-secret");
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT body FROM note WHERE id = 1")) {
            assertTrue(rows.next());
            assertEquals("土蔵", rows.getString(1));
            // A service user cannot see other schemas.
            assertThrows(java.sql.SQLException.class, () -> s.executeQuery("SELECT * FROM mysql.user"));
        } finally {
            again.stop();
        }
    }

    @Test
    void temporaryTablesLiveInTheServersOwnFolderNotInTheSharedTmp() throws Exception {
        MariaDbServer server = MariaDbServer.at(temp.resolve("data"), Ports.freePort(), "root-secret");
        Files.createDirectories(server.tmpDir());
        Files.writeString(server.tmpDir().resolve("#sql-left-by-a-killed-server.MAI"), "stale");
        server.start(temp.resolve("db.log"), false);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("mysql"), "root", "root-secret");
                Statement s = c.createStatement()) {
            assertFalse(Files.exists(server.tmpDir().resolve("#sql-left-by-a-killed-server.MAI")));
            try (ResultSet rows = s.executeQuery("SELECT @@tmpdir")) {
                assertTrue(rows.next());
                assertEquals(server.tmpDir(), Path.of(rows.getString(1)));
            }
            // Aria keeps temporary tables as files in tmpdir, like the ones information_schema queries make.
            s.execute("CREATE TEMPORARY TABLE scratch (id INT) ENGINE=Aria");
            s.execute("INSERT INTO scratch VALUES (1)");
            try (var files = Files.list(server.tmpDir())) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("#sql")));
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void aBusyPortIsReportedClearly() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            MariaDbServer server = MariaDbServer.at(temp.resolve("data"), taken.getLocalPort(), "");
            IllegalStateException error = assertThrows(IllegalStateException.class,
                    () -> server.start(temp.resolve("db.log"), false));
            assertTrue(error.getMessage().contains("already in use"), error.getMessage());
        }
    }

    @Test
    void aDataFolderWithoutADatabaseIsRefused() throws Exception {
        Path data = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(data.resolve("stray.txt"), "not a database");
        MariaDbServer server = MariaDbServer.at(data, Ports.freePort(), "");
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> server.start(temp.resolve("db.log"), false));
        assertTrue(error.getMessage().contains("not empty"), error.getMessage());
    }

    @Test
    void s3ServerStoresObjectsAndRefusesWrongCredentials() throws Exception {
        S3Server s3 = new S3Server(temp.resolve("s3"), Ports.freePort(), "dozo-test", "dozo-test-secret");
        s3.start(temp.resolve("s3.log"), false);
        try {
            MinioClient client = MinioClient.builder().endpoint(s3.endpoint())
                    .credentials(s3.accessKey(), s3.secretKey()).build();
            client.makeBucket(MakeBucketArgs.builder().bucket("media").build());
            byte[] body = "どうぞ".getBytes(StandardCharsets.UTF_8);
            client.putObject(PutObjectArgs.builder().bucket("media").object("hello.txt")
                    .stream(new ByteArrayInputStream(body), (long) body.length, -1L).build());
            try (InputStream in =
                    client.getObject(GetObjectArgs.builder().bucket("media").object("hello.txt").build())) {
                assertArrayEquals(body, in.readAllBytes());
            }

            MinioClient intruder = MinioClient.builder().endpoint(s3.endpoint())
                    .credentials(s3.accessKey(), "wrong-secret").build();
            ErrorResponseException refused = assertThrows(ErrorResponseException.class,
                    () -> intruder.bucketExists(BucketExistsArgs.builder().bucket("media").build()));
            assertEquals(403, refused.response().code());
        } finally {
            s3.stop();
        }
    }
}
