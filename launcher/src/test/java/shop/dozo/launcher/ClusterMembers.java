package shop.dozo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import shop.dozo.launcher.backup.PidFiles;

/** The processes of a running {@code ./dozo up --cluster}, by member name, as its pid files record them. */
record ClusterMembers(Path home) {

    long pidOf(String member) {
        return new PidFiles(home.resolve("run")).running().stream().filter(e -> e.name().equals(member))
                .findFirst().orElseThrow(() -> new AssertionError(member + " is not running")).pid();
    }

    static void signal(String signal, long pid) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor());
    }
}
