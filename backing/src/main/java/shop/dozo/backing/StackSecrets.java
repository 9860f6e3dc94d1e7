package shop.dozo.backing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The local stack's generated secrets: database passwords, S3 keys, the internal key, the owner's first password
 * and the JWT key pair. Made once, kept in the stack's home folder readable by the owner only, never in the repo.
 */
public final class StackSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties values = new Properties();

    private StackSecrets(Path file) {
        this.file = file;
    }

    public static StackSecrets in(Path home) {
        StackSecrets secrets = new StackSecrets(home.resolve("secrets.properties"));
        if (Files.exists(secrets.file)) {
            try (Reader reader = Files.newBufferedReader(secrets.file, StandardCharsets.UTF_8)) {
                secrets.values.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + secrets.file + ": " + e.getMessage(), e);
            }
        }
        return secrets;
    }

    /** The stored value, or a new random one that is stored at once. */
    public synchronized String get(String name) {
        return get(name, 18);
    }

    /** The stored value, or a new random one of {@code bytes} random bytes (base64url) that is stored at once. */
    public synchronized String get(String name, int bytes) {
        String value = values.getProperty(name);
        if (value == null) {
            value = randomToken(bytes);
            put(name, value);
        }
        return value;
    }

    /** The stored value, or null (for a secret that is not a random token of the default length). */
    public synchronized String getIfPresent(String name) {
        return values.getProperty(name);
    }

    public synchronized void put(String name, String value) {
        values.setProperty(name, value);
        save();
    }

    public Path publicKey() {
        ensureKeyPair();
        return file.resolveSibling("jwt/public.pem");
    }

    public Path privateKey() {
        ensureKeyPair();
        return file.resolveSibling("jwt/private.pem");
    }

    public static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).replace('-', 'x').replace('_', 'y');
    }

    private synchronized void ensureKeyPair() {
        Path dir = file.resolveSibling("jwt");
        if (Files.exists(dir.resolve("private.pem")) && Files.exists(dir.resolve("public.pem"))) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            writePrivate(dir.resolve("private.pem"), Pem.encode("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(dir.resolve("public.pem"), Pem.encode("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JWT keys to " + dir + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            StringBuilder text = new StringBuilder();
            try (Writer writer = new java.io.StringWriter()) {
                values.store(writer, "Dozo local stack secrets: generated, never commit this file");
                text.append(writer);
            }
            writePrivate(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writePrivate(Path path, String content) throws IOException {
        Path temp = path.resolveSibling(path.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
