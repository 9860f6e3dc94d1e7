package shop.dozo.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A service's own tables as NDJSON, for the owner's shop archive: every column of every row, in primary-key
 * order, read in one consistent snapshot and streamed; and back again, upserting by primary key so that ids,
 * timestamps and versions come back exactly and a second import changes nothing. Table names come only from
 * the calling service's fixed list, and imported column names must be columns of that table.
 */
public final class NdjsonTables {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH_ROWS = 500;

    private NdjsonTables() {
    }

    public static void export(DataSource dataSource, String table, OutputStream out) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String order = String.join(", ", primaryKey(connection, table));
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(500);
                try (ResultSet rows = statement.executeQuery("SELECT * FROM `" + table + "` ORDER BY " + order)) {
                    ResultSetMetaData meta = rows.getMetaData();
                    java.util.Calendar utc = utc();
                    while (rows.next()) {
                        ObjectNode row = JSON.createObjectNode();
                        for (int column = 1; column <= meta.getColumnCount(); column++) {
                            put(row, meta.getColumnLabel(column), meta.getColumnType(column) == Types.TIMESTAMP
                                    ? rows.getTimestamp(column, utc) : rows.getObject(column));
                        }
                        out.write(JSON.writeValueAsBytes(row));
                        out.write('\n');
                    }
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Export of " + table + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * All lines in one transaction: a damaged line leaves the table as it was. The connection goes back to the pool
     * with its foreign-key checks on again, whatever happened.
     */
    public static int importRows(DataSource dataSource, String table, InputStream ndjson) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Map<String, Integer> columns = columns(connection, table);
            try (Statement session = connection.createStatement()) {
                // Rows arrive table by table; the archive as a whole is consistent.
                session.execute("SET FOREIGN_KEY_CHECKS = 0");
            }
            try {
                int imported = upsertLines(connection, table, columns, ndjson);
                connection.commit();
                return imported;
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            } finally {
                try (Statement session = connection.createStatement()) {
                    session.execute("SET FOREIGN_KEY_CHECKS = 1");
                }
            }
        } catch (SQLException e) {
            throw ProblemException.unprocessable("Import into " + table + " failed, nothing was written: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int upsertLines(Connection connection, String table, Map<String, Integer> columns, InputStream ndjson)
            throws SQLException, IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(ndjson, StandardCharsets.UTF_8));
        int lineNumber = 0;
        int imported = 0;
        Upserts upserts = null;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode row = parse(line, lineNumber);
                List<String> names = columnsOf(row, columns, table, lineNumber);
                if (upserts == null || !upserts.names.equals(names)) {
                    if (upserts != null) {
                        upserts.flush();
                        upserts.close();
                    }
                    upserts = new Upserts(connection, table, names, columns);
                }
                upserts.add(row, lineNumber);
                imported++;
            }
            if (upserts != null) {
                upserts.flush();
            }
            return imported;
        } finally {
            if (upserts != null) {
                upserts.close();
            }
        }
    }

    private static ObjectNode parse(String line, int lineNumber) {
        try {
            JsonNode node = JSON.readTree(line);
            if (!(node instanceof ObjectNode object)) {
                throw ProblemException.badRequest("line " + lineNumber, "must be a JSON object");
            }
            return object;
        } catch (IOException e) {
            throw ProblemException.badRequest("line " + lineNumber, "is not valid JSON");
        }
    }

    private static List<String> columnsOf(ObjectNode row, Map<String, Integer> columns, String table, int lineNumber) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> fields = row.fieldNames(); fields.hasNext();) {
            String name = fields.next();
            if (!columns.containsKey(name)) {
                throw ProblemException.badRequest("line " + lineNumber, "'" + name + "' is not a column of " + table);
            }
            names.add(name);
        }
        return names;
    }

    /**
     * Rows with the same columns (every row of an export) go in batches of {@link #BATCH_ROWS} through one
     * prepared statement: a statement per row made a shop of a million rows take hours to import.
     */
    private static final class Upserts implements AutoCloseable {
        private final List<String> names;
        private final List<Integer> types;
        private final PreparedStatement statement;
        private final java.util.Calendar utc = utc();
        private int pending;

        Upserts(Connection connection, String table, List<String> names, Map<String, Integer> columns)
                throws SQLException {
            this.names = names;
            this.types = names.stream().map(columns::get).toList();
            this.statement = connection.prepareStatement("INSERT INTO `" + table + "` ("
                    + names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", ")) + ") VALUES ("
                    + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ") ON DUPLICATE KEY UPDATE "
                    + names.stream().map(n -> "`" + n + "` = VALUES(`" + n + "`)").collect(Collectors.joining(", ")));
        }

        void add(ObjectNode row, int lineNumber) throws SQLException {
            for (int i = 0; i < names.size(); i++) {
                JsonNode value = row.get(names.get(i));
                int type = types.get(i);
                if (value.isNull()) {
                    statement.setNull(i + 1, type);
                } else if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
                    statement.setTimestamp(i + 1, timestamp(value.asText(), names.get(i), lineNumber), utc);
                } else if (value.isBoolean()) {
                    statement.setBoolean(i + 1, value.asBoolean());
                } else if (value.isIntegralNumber()) {
                    statement.setLong(i + 1, value.asLong());
                } else {
                    statement.setString(i + 1, value.asText());
                }
            }
            statement.addBatch();
            if (++pending == BATCH_ROWS) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }

        private static Timestamp timestamp(String text, String column, int lineNumber) {
            try {
                return Timestamp.from(Instant.parse(text));
            } catch (java.time.format.DateTimeParseException e) {
                throw ProblemException.badRequest("line " + lineNumber, "'" + column + "' is not an ISO-8601 instant");
            }
        }
    }

    private static void put(ObjectNode row, String name, Object value) {
        if (value == null) {
            row.putNull(name);
        } else if (value instanceof Timestamp timestamp) {
            row.put(name, timestamp.toInstant().toString());
        } else if (value instanceof Boolean bool) {
            row.put(name, bool);
        } else if (value instanceof Number number && !(value instanceof java.math.BigDecimal)) {
            row.put(name, number.longValue());
        } else {
            row.put(name, value.toString());
        }
    }

    /**
     * Timestamps cross JDBC as UTC (the services' sessions run in UTC): without the calendar the driver would use
     * the JVM's zone, and an owner's laptop in Asia/Tokyo would shift every time in the archive by nine hours.
     */
    private static java.util.Calendar utc() {
        return java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
    }

    private static List<String> primaryKey(Connection connection, String table) throws SQLException {
        Map<Short, String> key = new java.util.TreeMap<>();
        try (ResultSet rows = connection.getMetaData().getPrimaryKeys(connection.getCatalog(), null, table)) {
            while (rows.next()) {
                key.put(rows.getShort("KEY_SEQ"), "`" + rows.getString("COLUMN_NAME") + "`");
            }
        }
        if (key.isEmpty()) {
            throw new IllegalStateException("Table " + table + " has no primary key to order by");
        }
        return new ArrayList<>(key.values());
    }

    private static Map<String, Integer> columns(Connection connection, String table) throws SQLException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        try (ResultSet rows = connection.getMetaData().getColumns(connection.getCatalog(), null, table, null)) {
            while (rows.next()) {
                columns.put(rows.getString("COLUMN_NAME"), rows.getInt("DATA_TYPE"));
            }
        }
        return columns;
    }
}
