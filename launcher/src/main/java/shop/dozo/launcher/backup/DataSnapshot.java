package shop.dozo.launcher.backup;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import shop.dozo.backing.MariaDbServer;

/**
 * Everything the shop owns, reduced to comparable facts: each table's row count and content checksum
 * (CHECKSUM TABLE covers every column of every row), and each media object's SHA-256 computed from its bytes.
 */
public record DataSnapshot(Map<String, TableFacts> tables, Map<String, String> media) {

    public record TableFacts(long rows, long checksum) {
    }

    public static DataSnapshot take(MariaDbServer database, List<String> databases, ObjectStore mediaStore) {
        return new DataSnapshot(tables(database, databases), media(mediaStore));
    }

    public long totalRows() {
        return tables.values().stream().mapToLong(TableFacts::rows).sum();
    }

    /** What {@code restored} lacks or holds differently, one line each; empty when nothing was lost. */
    public List<String> differencesIn(DataSnapshot restored) {
        List<String> lost = new ArrayList<>();
        tables.forEach((table, facts) -> {
            TableFacts other = restored.tables.get(table);
            if (other == null) {
                lost.add("table " + table + " is missing");
            } else if (!other.equals(facts)) {
                lost.add("table " + table + ": " + facts.rows() + " rows before, " + other.rows()
                        + " after" + (other.rows() == facts.rows() ? " (contents differ)" : ""));
            }
        });
        media.forEach((key, sha) -> {
            String other = restored.media.get(key);
            if (other == null) {
                lost.add("media " + key + " is missing");
            } else if (!other.equals(sha)) {
                lost.add("media " + key + " has different bytes");
            }
        });
        return lost;
    }

    private static Map<String, TableFacts> tables(MariaDbServer database, List<String> databases) {
        Map<String, TableFacts> facts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(""), "root", database.rootPassword());
                Statement statement = connection.createStatement()) {
            for (String schema : databases) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_type = 'BASE TABLE' AND table_schema = '" + schema + "' ORDER BY table_name")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                for (String table : tables) {
                    String name = "`" + schema + "`.`" + table + "`";
                    long count;
                    try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + name)) {
                        rows.next();
                        count = rows.getLong(1);
                    }
                    try (ResultSet rows = statement.executeQuery("CHECKSUM TABLE " + name + " EXTENDED")) {
                        rows.next();
                        facts.put(schema + "." + table, new TableFacts(count, rows.getLong(2)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the databases: " + e.getMessage(), e);
        }
        return facts;
    }

    private static Map<String, String> media(ObjectStore store) {
        return mediaHashes(store, "");
    }

    /** The SHA-256 of every object under the prefix, computed from its bytes, by key without the prefix. */
    static Map<String, String> mediaHashes(ObjectStore store, String prefix) {
        Map<String, String> hashes = new TreeMap<>();
        Parallel.map(store.list(prefix), key -> store.read(key, DataSnapshot::sha256))
                .forEach((key, sha) -> hashes.put(key.substring(prefix.length()), sha));
        return hashes;
    }

    static String sha256(InputStream in) throws java.io.IOException {
        java.security.MessageDigest digest = FullBackup.sha256();
        try (InputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
