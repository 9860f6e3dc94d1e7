package shop.dozo.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A 4-byte emoji survives only if every hop is utf8mb4 (MariaDB's "utf8" is 3 bytes): the session the service's own
 * pool opens, the database, and every text column of every table. Identifier columns (SKUs, slugs, ids) may be
 * ascii: the APIs only let patterns of ASCII letters into them.
 */
public final class Utf8mb4 {
    private Utf8mb4() {
    }

    public static void assertEverywhere(DataSource dataSource) {
        List<String> wrong = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet session = statement.executeQuery("SELECT @@character_set_client, @@character_set_connection,"
                    + " @@character_set_results, @@character_set_database")) {
                session.next();
                for (int i = 1; i <= 4; i++) {
                    if (!"utf8mb4".equals(session.getString(i))) {
                        wrong.add(session.getMetaData().getColumnLabel(i) + " = " + session.getString(i));
                    }
                }
            }
            try (ResultSet columns = statement.executeQuery("SELECT table_name, column_name, character_set_name"
                    + " FROM information_schema.columns WHERE table_schema = DATABASE()"
                    + " AND character_set_name IS NOT NULL AND character_set_name NOT IN ('utf8mb4', 'ascii')")) {
                while (columns.next()) {
                    wrong.add(columns.getString(1) + "." + columns.getString(2) + " is " + columns.getString(3));
                }
            }
            try (ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND character_set_name = 'utf8mb4'")) {
                tables.next();
                if (tables.getInt(1) == 0) {
                    wrong.add("no utf8mb4 text column at all: is this the service's database?");
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("Cannot read the character sets: " + e.getMessage(), e);
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError("Not utf8mb4 end to end: " + wrong);
        }
    }
}
