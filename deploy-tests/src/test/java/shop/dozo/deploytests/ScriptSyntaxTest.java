package shop.dozo.deploytests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

    private static void check(List<String> command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), command + ":\n" + output);
    }
}
