package shop.dozo.launcher.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Checks an archive completely (format, version, every entry's SHA-256, nothing missing or added) without importing. */
public final class ArchiveVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Result(Manifest manifest, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private ArchiveVerifier() {
    }

    public static Result verify(Path archive) {
        List<String> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(ArchiveLayout.MANIFEST);
            if (manifestEntry == null) {
                return new Result(null,
                        List.of("no " + ArchiveLayout.MANIFEST + ": not a Dozo shop archive, or truncated"));
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = JSON.readValue(in, Manifest.class);
            }
            if (!ArchiveLayout.FORMAT.equals(manifest.format())) {
                return new Result(manifest, List.of("not a Dozo shop archive (format '" + manifest.format() + "')"));
            }
            if (manifest.formatVersion() > ArchiveLayout.FORMAT_VERSION) {
                return new Result(manifest, List.of("the archive has format version " + manifest.formatVersion()
                        + ", newer than this Dozo understands (" + ArchiveLayout.FORMAT_VERSION
                        + "): update Dozo first"));
            }
            Set<String> listed = new HashSet<>();
            for (Manifest.Entry entry : manifest.entries()) {
                listed.add(entry.path());
                ZipEntry zipEntry = zip.getEntry(entry.path());
                if (zipEntry == null) {
                    problems.add(entry.path() + " is missing");
                } else if (!entry.sha256().equals(sha256(zip, zipEntry))) {
                    problems.add(entry.path() + " is damaged (SHA-256 does not match the manifest)");
                }
            }
            for (ZipEntry zipEntry : Collections.list(zip.entries())) {
                if (!zipEntry.getName().equals(ArchiveLayout.MANIFEST) && !listed.contains(zipEntry.getName())) {
                    problems.add(zipEntry.getName() + " is not in the manifest (added after export?)");
                }
            }
            return new Result(manifest, problems);
        } catch (ZipException e) {
            return new Result(null,
                    List.of("the file is not a readable ZIP archive (truncated or damaged): " + e.getMessage()));
        } catch (IOException e) {
            return new Result(null, List.of("cannot read the archive: " + e.getMessage()));
        }
    }

    private static String sha256(ZipFile zip, ZipEntry entry) throws IOException {
        MessageDigest sha = ArchiveWriter.sha256();
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha.update(buffer, 0, read);
            }
        } catch (ZipException e) {
            return "unreadable";
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
