package shop.dozo.backing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the folder where the build copied the backing servers' jars (see backing/pom.xml). */
public final class Tools {
    private Tools() {
    }

    public static Path dir() {
        String configured = System.getProperty("dozo.tools.dir", System.getenv("DOZO_TOOLS_DIR"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        // Not started by Maven: look for the build's target/tools above the working directory.
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("target/tools");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "Cannot find the backing servers. Build once with ./mvnw -DskipTests install, or set DOZO_TOOLS_DIR.");
    }

    /** The repository root: the build puts the tools in its target/tools. */
    public static Path projectRoot() {
        return dir().getParent().getParent();
    }

    public static Path require(String jarName) {
        Path jar = dir().resolve(jarName);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing. Build once with ./mvnw -DskipTests install.");
        }
        return jar;
    }

    public static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * The start of the command line of every JVM a stack runs (the services, the S3 servers, the archiver): this
     * JVM's java, then {@code DOZO_JVM_OPTIONS}, then {@code options}. The tests set
     * {@code DOZO_JVM_OPTIONS=-XX:TieredStopAtLevel=1}: a stack then starts on about half the CPU, which is what a
     * test that starts dozens of stacks on two cores needs, and what a long-running shop does not.
     */
    public static java.util.List<String> javaCommand(String... options) {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(javaExecutable().toString());
        String extra = System.getenv("DOZO_JVM_OPTIONS");
        if (extra != null && !extra.isBlank()) {
            command.addAll(java.util.List.of(extra.trim().split("\\s+")));
        }
        command.addAll(java.util.List.of(options));
        return command;
    }
}
