package shop.dozo.backing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The MariaDB settings the Helm chart and the local Galera cluster share: {@code helm/dozo/files/mariadb/*.cnf}.
 * The chart renders them into the MariaDB resource's myCnf; {@link GaleraNode} writes them into each node's
 * option file. Read the way the chart reads them (comment and blank lines dropped), so both get the same lines.
 */
public final class GaleraSettings {
    /** In the chart's order: the base, then (after the owner's extras) the durability settings, then Galera's. */
    public static final List<String> FRAGMENTS = List.of("base.cnf", "durable.cnf", "galera.cnf");

    private GaleraSettings() {
    }

    public static Path dir() {
        return Tools.projectRoot().resolve("helm/dozo/files/mariadb");
    }

    /** Every shared setting line, in order. */
    public static List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String fragment : FRAGMENTS) {
            lines.addAll(lines(dir().resolve(fragment)));
        }
        return lines;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shared MariaDB settings " + file + ": " + e.getMessage(),
                    e);
        }
    }
}
