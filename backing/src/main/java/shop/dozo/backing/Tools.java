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
}
