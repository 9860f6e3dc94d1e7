package shop.dozo.launcher.backup;

import io.minio.BucketExistsArgs;
import io.minio.DownloadObjectArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.Result;
import io.minio.SetBucketVersioningArgs;
import io.minio.StatObjectArgs;
import io.minio.UploadObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import io.minio.messages.VersioningConfiguration;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One S3 bucket, spoken to only through the S3 API, so any provider works (MinIO client). */
public final class ObjectStore {
    public record Location(String endpoint, String accessKey, String secretKey, String bucket) {
    }

    private final MinioClient client;
    private final Location location;

    private ObjectStore(Location location) {
        this.location = location;
        this.client = MinioClient.builder().endpoint(location.endpoint())
                .credentials(location.accessKey(), location.secretKey()).build();
    }

    /** Connects and checks the credentials; creates the bucket (versioned where supported) if asked to. */
    public static ObjectStore open(Location location, boolean createIfMissing) {
        ObjectStore store = new ObjectStore(location);
        boolean exists;
        try {
            exists = store.client.bucketExists(BucketExistsArgs.builder().bucket(location.bucket()).build());
            if (!exists && createIfMissing) {
                store.client.makeBucket(MakeBucketArgs.builder().bucket(location.bucket()).build());
                store.enableVersioning();
            }
        } catch (ErrorResponseException e) {
            throw new IllegalStateException(store.explain(e), e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot reach the object store at " + location.endpoint() + ": "
                    + e.getMessage(), e);
        }
        if (!exists && !createIfMissing) {
            throw new IllegalStateException("The bucket '" + location.bucket() + "' does not exist at "
                    + location.endpoint() + ". Check the bucket name, or take a backup first.");
        }
        return store;
    }

    public String describe() {
        return location.endpoint() + "/" + location.bucket();
    }

    public void upload(String key, Path file) {
        call(() -> client.uploadObject(UploadObjectArgs.builder().bucket(location.bucket()).object(key)
                .filename(file.toString()).build()));
    }

    public void putText(String key, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        call(() -> client.putObject(PutObjectArgs.builder().bucket(location.bucket()).object(key)
                .stream(new ByteArrayInputStream(bytes), (long) bytes.length, -1L).contentType("application/json")
                .build()));
    }

    public String getText(String key) {
        return read(key, in -> new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    public interface Reader<T> {
        T read(InputStream in) throws java.io.IOException;
    }

    public <T> T read(String key, Reader<T> reader) {
        return call(() -> {
            try (InputStream in =
                    client.getObject(GetObjectArgs.builder().bucket(location.bucket()).object(key).build())) {
                return reader.read(in);
            }
        });
    }

    /** @return the SHA-256 of the bytes copied, as hex: a restore checks the copy against it */
    public String copyTo(String key, ObjectStore target, String targetKey) {
        return call(() -> {
            java.security.MessageDigest sha = FullBackup.sha256();
            try (InputStream in = new java.security.DigestInputStream(
                    client.getObject(GetObjectArgs.builder().bucket(location.bucket()).object(key).build()), sha)) {
                target.client.putObject(PutObjectArgs.builder().bucket(target.location.bucket()).object(targetKey)
                        .stream(in, -1L, 10L * 1024 * 1024).build());
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        });
    }

    public void download(String key, Path file) {
        call(() -> {
            Files.deleteIfExists(file);
            client.downloadObject(DownloadObjectArgs.builder().bucket(location.bucket()).object(key)
                    .filename(file.toString()).build());
            return null;
        });
    }

    public boolean exists(String key) {
        try {
            client.statObject(StatObjectArgs.builder().bucket(location.bucket()).object(key).build());
            return true;
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code()) || e.response().code() == 404) {
                return false;
            }
            throw new IllegalStateException(explain(e), e);
        } catch (MinioException e) {
            throw new IllegalStateException("Object store " + describe() + ": " + e.getMessage(), e);
        }
    }

    /** Keys under the prefix, sorted. */
    public List<String> list(String prefix) {
        List<String> keys = new ArrayList<>();
        for (Result<Item> result : client.listObjects(ListObjectsArgs.builder().bucket(location.bucket())
                .prefix(prefix).recursive(true).build())) {
            keys.add(call(() -> result.get().objectName()));
        }
        keys.sort(null);
        return keys;
    }

    /** Keys under the prefix with the time each was stored, sorted by key. */
    public java.util.SortedMap<String, java.time.Instant> listWithTimes(String prefix) {
        java.util.SortedMap<String, java.time.Instant> keys = new java.util.TreeMap<>();
        for (Result<Item> result : client.listObjects(ListObjectsArgs.builder().bucket(location.bucket())
                .prefix(prefix).recursive(true).build())) {
            Item item = call(result::get);
            keys.put(item.objectName(), item.lastModified().toInstant());
        }
        return keys;
    }

    private void enableVersioning() {
        try {
            client.setBucketVersioning(SetBucketVersioningArgs.builder().bucket(location.bucket())
                    .config(new VersioningConfiguration(VersioningConfiguration.Status.ENABLED, null, null, null))
                    .build());
        } catch (Exception e) {
            // Not every S3 implementation offers versioning (S3Proxy's filesystem store does not); production
            // buckets get versioning and Object Lock from their provider (see docs/kubernetes.md).
        }
    }

    private String explain(ErrorResponseException e) {
        String code = e.errorResponse().code();
        if ("SignatureDoesNotMatch".equals(code) || "InvalidAccessKeyId".equals(code) || "AccessDenied".equals(code)) {
            return "The object store at " + location.endpoint() + " refused the credentials (" + code
                    + "). Check the access key and secret.";
        }
        return "Object store " + describe() + " answered " + code + ": " + e.getMessage();
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    private <T> T call(Call<T> action) {
        try {
            return action.run();
        } catch (ErrorResponseException e) {
            throw new IllegalStateException(explain(e), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Object store " + describe() + ": " + e.getMessage(), e);
        }
    }
}
