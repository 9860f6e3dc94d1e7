package shop.dozo.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The chart's scripts parse, and pass shellcheck when it is installed (Debian package shellcheck). */
class ScriptSyntaxTest {

    @Test
    void scriptsParseAndPassShellcheck() throws Exception {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(Repo.CHART.resolve("files"))) {
            scripts = files.filter(p -> p.toString().endsWith(".sh")).sorted().toList();
        }
        assertFalse(scripts.isEmpty());
        Path shellcheck = BackupScriptsTest.onPath("shellcheck");
        for (Path script : scripts) {
            String shell = Files.readString(script).startsWith("#!/bin/bash") ? "bash" : "sh";
            check(List.of(shell, "-n", script.toString()));
            if (shellcheck != null) {
                check(List.of(shellcheck.toString(), script.toString()));
            }
        }
    }

    @Test
    void replayRefusesQuotedOptionsBeforeReplayingAnything() throws Exception {
        // REPLAY_OPTIONS is split on spaces, not parsed by a shell: mariadb-binlog would take the quotes as part of
        // the name and --rewrite-db='a->b' would rewrite nothing, replaying into the live schema.
        ProcessBuilder builder = new ProcessBuilder("bash", Repo.CHART.resolve("files/binlog-replay.sh").toString())
                .redirectErrorStream(true);
        builder.environment().putAll(java.util.Map.of("SOURCE", "offsite:none", "START_GTID", "0-1-1",
                "STOP_DATETIME", "2026-11-25 10:15:00", "MARIADB_HOST", "nowhere", "MARIADB_ROOT_PASSWORD", "x",
                "RCLONE", "/bin/false", "WORK", Files.createTempDirectory("replay").toString(),
                "REPLAY_OPTIONS", "--rewrite-db='dozo_catalog->dozo_catalog_restored'"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("must not contain quotes"), output);
    }

    private static void check(List<String> command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), command + ":\n" + output);
    }
}
