package shop.dozo.launcher.backup;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-table row counts and SHA-256 of the rows, read from a {@code mariadb-dump} stream as it passes. The full
 * backup records it from its own dump, so it describes exactly the snapshot that was dumped; a restore re-dumps
 * what it loaded with the same options and must get the same manifest before it may replace anything.
 *
 * <p>Hand-written because no tool reports what a logical dump holds: mariadb-dump writes one table's rows as
 * {@code INSERT INTO `t` VALUES (...),(...);} lines (strings quoted, newlines and NUL escaped, blobs in hex), so
 * counting the top-level tuples outside quotes counts the rows.
 */
public final class DumpManifest {
    /** What one table held. */
    public record Table(long rows, String sha256) {
    }

    /** The options that decide how rows are written; the backup and the check after a restore both use them. */
    public static final List<String> ROW_OPTIONS = List.of("--hex-blob", "--order-by-primary", "--tz-utc",
            "--default-character-set=utf8mb4", "--max-allowed-packet=1G", "--net-buffer-length=1M");

    private static final byte[] USE = "USE `".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CREATE = "CREATE TABLE `".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INSERT = "INSERT INTO `".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, long[]> rows = new TreeMap<>();
    private final Map<String, MessageDigest> digests = new TreeMap<>();
    private String database = "";

    /** A stream that passes the dump on to {@code target} and reads the manifest from it on the way. */
    public OutputStream reading(OutputStream target) {
        return new FilterOutputStream(target) {
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                take((byte) b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
                // Whole stretches up to each newline at once: a dump is hundreds of MB at shop scale.
                int start = offset;
                for (int i = offset; i < offset + length; i++) {
                    if (bytes[i] == '\n') {
                        line.write(bytes, start, i - start);
                        readLine(line.toByteArray());
                        line.reset();
                        start = i + 1;
                    }
                }
                line.write(bytes, start, offset + length - start);
            }

            private void take(byte b) {
                if (b == '\n') {
                    readLine(line.toByteArray());
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        };
    }

    /** The manifest read so far: table ({@code database.table}) to its rows and their checksum. */
    public Map<String, Table> tables() {
        Map<String, Table> tables = new TreeMap<>();
        rows.forEach((table, count) -> tables.put(table,
                new Table(count[0], HexFormat.of().formatHex(cloneOf(digests.get(table)).digest()))));
        return tables;
    }

    /** One line per table that differs; empty when {@code actual} holds exactly what {@code expected} says. */
    public static List<String> differences(Map<String, Table> expected, Map<String, Table> actual) {
        List<String> lines = new ArrayList<>();
        expected.forEach((table, facts) -> {
            Table other = actual.get(table);
            if (other == null) {
                lines.add(table + " is missing");
            } else if (other.rows() != facts.rows()) {
                lines.add(table + ": " + facts.rows() + " rows in the backup, " + other.rows() + " restored");
            } else if (!other.sha256().equals(facts.sha256())) {
                lines.add(table + ": the " + facts.rows() + " rows restored differ from the backup's");
            }
        });
        actual.keySet().stream().filter(table -> !expected.containsKey(table))
                .forEach(table -> lines.add(table + " is not in the backup"));
        return lines;
    }

    private void readLine(byte[] line) {
        if (startsWith(line, USE)) {
            database = quotedName(line, USE.length);
        } else if (startsWith(line, CREATE)) {
            table(database + "." + quotedName(line, CREATE.length));
        } else if (startsWith(line, INSERT)) {
            String table = database + "." + quotedName(line, INSERT.length);
            table(table);
            rows.get(table)[0] += countTuples(line);
            digests.get(table).update(line);
        }
    }

    private void table(String name) {
        rows.putIfAbsent(name, new long[1]);
        digests.computeIfAbsent(name, ignored -> FullBackup.sha256());
    }

    /** Counts the parenthesised tuples at the top level of a VALUES list, skipping quoted strings. */
    static long countTuples(byte[] line) {
        long tuples = 0;
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length; i++) {
            byte b = line[i];
            if (quoted) {
                if (b == '\\') {
                    i++;
                } else if (b == '\'') {
                    quoted = false;
                }
            } else if (b == '\'') {
                quoted = true;
            } else if (b == '(') {
                if (depth++ == 0) {
                    tuples++;
                }
            } else if (b == ')') {
                depth--;
            }
        }
        return tuples;
    }

    private static String quotedName(byte[] line, int from) {
        int end = from;
        while (end < line.length && line[end] != '`') {
            end++;
        }
        return new String(line, from, end - from, StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] line, byte[] prefix) {
        if (line.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest cloneOf(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
