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
 * Ships closed binary logs off-site. Each pass closes the current log first (FLUSH BINARY LOGS), so a pass every
 * 30 s keeps the off-site copy under a minute behind: the point-in-time recovery window.
 */
public final class BinlogArchiver {
    private final MariaDbServer database;
    private final ObjectStore offsite;

    public BinlogArchiver(MariaDbServer database, ObjectStore offsite) {
        this.database = database;
        this.offsite = offsite;
    }

    public static String prefix(String timeline) {
        return "db/binlog/" + timeline + "/";
    }

    /** @return the binlog files uploaded in this pass */
    public List<String> archiveOnce() {
        String prefix = prefix(Timeline.of(database.dataDir()));
        List<String> closed = flushAndListClosed();
        List<String> uploaded = new ArrayList<>();
        for (String name : closed) {
            Path file = database.dataDir().resolve(name);
            if (Files.exists(file) && !offsite.exists(prefix + name)) {
                offsite.upload(prefix + name, file);
                uploaded.add(name);
            }
        }
        return uploaded;
    }

    private List<String> flushAndListClosed() {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(""), "root", database.rootPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("FLUSH BINARY LOGS");
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
}
