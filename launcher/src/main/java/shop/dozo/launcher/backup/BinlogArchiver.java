package shop.dozo.launcher.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import shop.dozo.backing.MariaDbServer;

/**
 * Ships closed binary logs off-site. Each pass closes the current log first (FLUSH BINARY LOGS) when a transaction
 * was committed since the last pass, so a pass every 30 s keeps the off-site copy under a minute behind (the
 * point-in-time recovery window) while an idle shop does not pile up empty logs.
 */
public final class BinlogArchiver {
    private final MariaDbServer database;
    private final ObjectStore offsite;

    public BinlogArchiver(MariaDbServer database, ObjectStore offsite) {
        this.database = database;
        this.offsite = offsite;
    }

    /** Beside each archived log: the SHA-256 of its bytes, checked before a restore replays it. */
    public static final String CHECKSUM = ".sha256";

    public static String prefix(String timeline) {
        return "db/binlog/" + timeline + "/";
    }

    /** @return the binlog files uploaded in this pass */
    public List<String> archiveOnce() {
        String prefix = prefix(Timeline.of(database.dataDir()));
        List<String> closed = flushAndListClosed();
        java.util.Set<String> offsiteAlready = new java.util.HashSet<>(offsite.list(prefix));
        List<String> uploaded = new ArrayList<>();
        for (String name : closed) {
            Path file = database.dataDir().resolve(name);
            // The checksum goes last, so a log whose upload was cut off is sent again by the next pass.
            if (Files.exists(file) && !offsiteAlready.contains(prefix + name + CHECKSUM)) {
                offsite.upload(prefix + name, file);
                offsite.putText(prefix + name + CHECKSUM, FullBackup.sha256Of(file));
                uploaded.add(name);
            }
        }
        return uploaded;
    }

    private List<String> flushAndListClosed() {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(""), "root", database.rootPassword());
                Statement statement = connection.createStatement()) {
            closeTheLogIfWritten(statement);
            List<String> names = new ArrayList<>();
            try (ResultSet logs = statement.executeQuery("SHOW BINARY LOGS")) {
                while (logs.next()) {
                    names.add(logs.getString(1));
                }
            }
            // The last one is the log being written now; it is shipped on a later pass, once closed.
            return names.subList(0, Math.max(0, names.size() - 1));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the binary logs: " + e.getMessage(), e);
        }
    }

    /**
     * The GTID position changes only when a transaction is committed (not when MariaDB adds its checkpoint event to
     * a fresh log). The last one seen is kept in the data folder, so a restored data folder starts afresh.
     */
    private void closeTheLogIfWritten(Statement statement) throws SQLException {
        String written;
        try (ResultSet position = statement.executeQuery("SELECT @@global.gtid_binlog_pos")) {
            position.next();
            written = position.getString(1);
        }
        Path mark = database.dataDir().resolve("dozo-binlog-written");
        try {
            if (written == null || written.isEmpty()
                    || (Files.exists(mark) && Files.readString(mark).equals(written))) {
                return;
            }
            statement.execute("FLUSH BINARY LOGS");
            Files.writeString(mark, written);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot keep " + mark + ": " + e.getMessage(), e);
        }
    }
}
