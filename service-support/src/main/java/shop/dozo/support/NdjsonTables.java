package shop.dozo.support;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import shop.dozo.api.Problem;

/**
 * A service's own tables as NDJSON, for the owner's shop archive: every column of every row, in primary-key
 * order, read in one consistent snapshot and streamed; and back again, upserting by primary key so that ids,
 * timestamps and versions come back exactly and a second import changes nothing. Table names come only from
 * the calling service's fixed list, and imported column names must be columns of that table.
 *
 * <p>A table goes as it is ({@link Table#of}) unless its service says otherwise: review-service leaves a column
 * out, names fields in camelCase (the format its archives always had) and checks each row before it is written.
 */
public final class NdjsonTables {
    // A field named twice is refused, not read as its last value: an archive that says two things about one column
    // is damaged, and which of the two a reader keeps is a guess.
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("^Duplicate field '(.{1,64})'");
    private static final int BATCH_ROWS = 500;

    private NdjsonTables() {
    }

    /**
     * How one table goes into and out of the archive.
     *
     * @param name the table; only ever from a service's fixed list
     * @param excluded columns left out of the export; an import naming one is refused and leaves it as it is
     * @param camelCaseFields fields named {@code externalId} for the column {@code external_id}
     * @param check refuses a row before it is written; {@code null} for none
     */
    public record Table(String name, Set<String> excluded, boolean camelCaseFields, RowCheck check) {
        public Table {
            excluded = Set.copyOf(excluded);
        }

        /** Every column, named as in the table, unchecked: what catalog-, cart- and content-service archive. */
        public static Table of(String name) {
            return new Table(name, Set.of(), false, null);
        }

        public Table excluding(String... columns) {
            return new Table(name, Set.of(columns), camelCaseFields, check);
        }

        public Table withCamelCaseFields() {
            return new Table(name, excluded, true, check);
        }

        public Table checkedBy(RowCheck rowCheck) {
            return new Table(name, excluded, camelCaseFields, rowCheck);
        }

        String field(String column) {
            return camelCaseFields ? camelCase(column) : column;
        }
    }

    /** A service's own rule for the rows of an import, beyond what the table's constraints refuse. */
    @FunctionalInterface
    public interface RowCheck {
        /**
         * Called for every line before it is written, with its values by column name. Every earlier line of the
         * import has been written on {@code connection} by then (a check may look at the table), so a table with
         * a check is written row by row rather than in batches. Throw {@link IllegalArgumentException} to refuse
         * the line: the import answers 400 naming the line, and nothing of it is written. Because its rows are
         * written one by one, a row such a table's constraints refuse is a 400 naming its line too (elsewhere a
         * batch fails, and the answer is a 422 for the table).
         */
        void check(Connection connection, Map<String, JsonNode> row) throws SQLException;
    }

    public static void export(DataSource dataSource, String table, OutputStream out) {
        export(dataSource, Table.of(table), out);
    }

    public static void export(DataSource dataSource, Table spec, OutputStream out) {
        String table = spec.name();
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
                            String name = meta.getColumnLabel(column);
                            if (spec.excluded().contains(name)) {
                                continue;
                            }
                            put(row, spec.field(name), meta.getColumnType(column) == Types.TIMESTAMP
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
        return importRows(dataSource, Table.of(table), ndjson);
    }

    /** As {@link #importRows(DataSource, String, InputStream)}, with the table's own field names and check. */
    public static int importRows(DataSource dataSource, Table spec, InputStream ndjson) {
        String table = spec.name();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Map<String, Integer> columns = columns(connection, table);
            columns.keySet().removeAll(spec.excluded());
            try (Statement session = connection.createStatement()) {
                // Rows arrive table by table; the archive as a whole is consistent.
                session.execute("SET FOREIGN_KEY_CHECKS = 0");
            }
            try {
                int imported = upsertLines(connection, spec, columns, ndjson);
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
            throw ProblemException
                    .unprocessable("Import into " + table + " failed, nothing was written: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int upsertLines(Connection connection, Table spec, Map<String, Integer> columns, InputStream ndjson)
            throws SQLException, IOException {
        String table = spec.name();
        Map<String, String> fields = new LinkedHashMap<>();
        for (String column : columns.keySet()) {
            fields.put(spec.field(column), column);
        }
        Lines reader = new Lines(ndjson);
        int lineNumber = 0;
        int imported = 0;
        Upserts upserts = null;
        try {
            for (String line = reader.next(lineNumber + 1); line != null; line = reader.next(lineNumber + 1)) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode row = columnsOf(parse(line, lineNumber), fields, table, lineNumber);
                List<String> names = new ArrayList<>();
                row.fieldNames().forEachRemaining(names::add);
                if (upserts == null || !upserts.names.equals(names)) {
                    if (upserts != null) {
                        upserts.flush();
                        upserts.close();
                    }
                    upserts = new Upserts(connection, table, names, columns);
                }
                if (spec.check() != null) {
                    check(spec.check(), connection, row, lineNumber);
                }
                upserts.add(row, lineNumber);
                if (spec.check() != null) {
                    // The next line's check sees this one as written, and a refusal by the table names its line.
                    try {
                        upserts.flush();
                    } catch (SQLException e) {
                        String reason = e.getMessage() == null ? e.getClass().getSimpleName()
                                : e.getMessage().lines().findFirst().orElse("");
                        throw refused(lineNumber, "cannot be stored: " + reason);
                    }
                }
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

    /**
     * The body's lines, each decoded as strict UTF-8: bytes that are not UTF-8 refuse their line rather than
     * becoming U+FFFD in the shop (the text rule refuses them on every other way in).
     */
    private static final class Lines {
        private final InputStream in;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        /** One strict decoder for every line: decode(ByteBuffer) resets it each time. */
        private final java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);

        Lines(InputStream in) {
            this.in = new java.io.BufferedInputStream(in, 64 * 1024);
        }

        String next(int lineNumber) throws IOException {
            line.reset();
            int b = in.read();
            if (b < 0) {
                return null;
            }
            for (; b >= 0 && b != '\n'; b = in.read()) {
                line.write(b);
            }
            byte[] bytes = line.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            try {
                return utf8.decode(java.nio.ByteBuffer.wrap(bytes, 0, length)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw refused(lineNumber, "is not valid UTF-8");
            }
        }
    }

    private static ObjectNode parse(String line, int lineNumber) {
        try {
            JsonNode node = JSON.readTree(line);
            if (!(node instanceof ObjectNode object)) {
                throw refused(lineNumber, "must be a JSON object");
            }
            return object;
        } catch (StreamReadException e) {
            String duplicate = duplicateField(e);
            throw refused(lineNumber,
                    duplicate == null ? "is not valid JSON" : "names the field '" + duplicate + "' twice");
        } catch (IOException e) {
            throw refused(lineNumber, "is not valid JSON");
        }
    }

    private static String duplicateField(StreamReadException e) {
        // Jackson names the field only in its message; an unexpected message just means "not valid JSON".
        Matcher field = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        return field.find() ? field.group(1) : null;
    }

    /** The line's values by column name, in the line's order; every field must name a column of the archive. */
    private static ObjectNode columnsOf(ObjectNode line, Map<String, String> fields, String table, int lineNumber) {
        ObjectNode row = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> values = line.fields(); values.hasNext();) {
            Map.Entry<String, JsonNode> value = values.next();
            String column = fields.get(value.getKey());
            if (column == null) {
                throw refused(lineNumber, "'" + value.getKey() + "' is not a column of " + table);
            }
            row.set(column, value.getValue());
        }
        return row;
    }

    private static void check(RowCheck check, Connection connection, ObjectNode row, int lineNumber)
            throws SQLException {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        row.fields().forEachRemaining(value -> values.put(value.getKey(), value.getValue()));
        try {
            check.check(connection, java.util.Collections.unmodifiableMap(values));
        } catch (IllegalArgumentException e) {
            throw refused(lineNumber, "cannot be stored: " + e.getMessage());
        }
    }

    /**
     * A line the import refuses: 400, naming the line in the detail ("Line 3 is not valid JSON") and as the field
     * ("line 3"); the transaction is rolled back, so nothing of the import is written.
     */
    private static ProblemException refused(int lineNumber, String message) {
        return new ProblemException(Problem.of(400, "Invalid archive", "Line " + lineNumber + " " + message
                + "; nothing was written.").withErrors(List.of(new Problem.FieldError("line " + lineNumber, message))));
    }

    /** {@code external_id} → {@code externalId}. */
    public static String camelCase(String column) {
        StringBuilder field = new StringBuilder(column.length());
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
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
                throw refused(lineNumber, "'" + column + "' is not an ISO-8601 instant");
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
