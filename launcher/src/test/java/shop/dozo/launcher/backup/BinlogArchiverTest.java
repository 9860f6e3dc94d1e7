package shop.dozo.launcher.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shop.dozo.backing.MariaDbServer;
import shop.dozo.backing.Ports;
import shop.dozo.backing.S3Server;

/** Every commit goes off-site on the next pass; a shop with nothing new sends nothing and opens no new logs. */
class BinlogArchiverTest {
    private static final String ROOT = "archiver-test-root";

    @TempDir
    static Path temp;

    private static MariaDbServer database;
    private static S3Server s3;

    @BeforeAll
    static void start() {
        database = MariaDbServer.at(temp.resolve("mariadb"), Ports.freePort(), ROOT);
        database.start(temp.resolve("mariadb.log"), false);
        s3 = new S3Server(temp.resolve("s3"), Ports.freePort(), "offsite-writer", "offsite-secret-0123456789");
        s3.start(temp.resolve("s3.log"), false);
    }

    @AfterAll
    static void stop() {
        database.stop();
        s3.stop();
    }

    @Test
    void aCommitIsShippedOnceAndIdlePassesShipNothing() {
        ObjectStore offsite = ObjectStore.open(new ObjectStore.Location(s3.endpoint(), s3.accessKey(), s3.secretKey(),
                "dozo-backups"), true);
        BinlogArchiver archiver = new BinlogArchiver(database, offsite);
        database.execute(ROOT, "CREATE DATABASE shop", "CREATE TABLE shop.orders (id INT PRIMARY KEY)",
                "INSERT INTO shop.orders VALUES (1)");
        List<String> first = archiver.archiveOnce();
        assertEquals(1, first.size(), "the log holding the order is closed and shipped: " + first);

        for (int pass = 0; pass < 3; pass++) {
            assertEquals(List.of(), archiver.archiveOnce(), "an idle pass closes and sends nothing");
        }

        database.execute(ROOT, "INSERT INTO shop.orders VALUES (2)");
        assertEquals(1, archiver.archiveOnce().size(), "the next order's log goes off-site on the next pass");
        List<String> stored = offsite.list(BinlogArchiver.prefix(Timeline.of(database.dataDir())));
        List<String> logs = stored.stream().filter(key -> !key.endsWith(BinlogArchiver.CHECKSUM)).toList();
        assertEquals(2, logs.size(), "two logs off-site: " + stored);
        assertEquals(logs.stream().map(key -> key + BinlogArchiver.CHECKSUM).toList(),
                stored.stream().filter(key -> key.endsWith(BinlogArchiver.CHECKSUM)).toList(),
                "each with the checksum a restore verifies it by");
    }
}
