package shop.dozo.content.media;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The media bucket, spoken to only through the S3 API (MinIO client), so any S3 provider works. Objects are
 * written once under their SHA-256 and never overwritten.
 */
@ApplicationScoped
@Startup
public class MediaStore {
    @Inject
    S3Config config;

    private MinioClient client;

    @PostConstruct
    void connect() {
        client = MinioClient.builder().endpoint(config.endpoint()).credentials(config.accessKey(), config.secretKey())
                .region(config.region()).build();
        try {
            if (!bucketExists()) {
                client.makeBucket(MakeBucketArgs.builder().bucket(config.bucket()).build());
            }
        } catch (MinioException e) {
            // /q/health/well reports it; the service still starts so that pages and sign-in keep working.
        }
    }

    public boolean bucketExists() throws MinioException {
        return client.bucketExists(BucketExistsArgs.builder().bucket(config.bucket()).build());
    }

    public boolean exists(String key) {
        return stat(key).isPresent();
    }

    /** Writes the bytes unless an object with this key (hence these very bytes) is already there. */
    public void putOnce(String key, byte[] bytes, String contentType) {
        if (exists(key)) {
            return;
        }
        try {
            client.putObject(PutObjectArgs.builder().bucket(config.bucket()).object(key)
                    .stream(new ByteArrayInputStream(bytes), (long) bytes.length, -1L).contentType(contentType)
                    .build());
        } catch (MinioException e) {
            throw new MediaStoreException(e);
        }
    }

    /** Size and type of an object, or empty when there is none under this key. */
    public Optional<StoredObject> stat(String key) {
        try {
            StatObjectResponse stat =
                    client.statObject(StatObjectArgs.builder().bucket(config.bucket()).object(key).build());
            return Optional.of(new StoredObject(stat.size(), stat.contentType()));
        } catch (ErrorResponseException e) {
            if (e.response().code() == 404) {
                return Optional.empty();
            }
            throw new MediaStoreException(e);
        } catch (MinioException e) {
            throw new MediaStoreException(e);
        }
    }

    public InputStream open(String key) {
        try {
            return client.getObject(GetObjectArgs.builder().bucket(config.bucket()).object(key).build());
        } catch (MinioException e) {
            throw new MediaStoreException(e);
        }
    }

    /** Part of an object, for HTTP range requests. */
    public InputStream open(String key, long offset, long length) {
        try {
            return client.getObject(
                    GetObjectArgs.builder().bucket(config.bucket()).object(key).offset(offset).length(length).build());
        } catch (MinioException e) {
            throw new MediaStoreException(e);
        }
    }

    public byte[] read(String key) {
        try {
            return readAll(open(key));
        } catch (IOException e) {
            throw new MediaStoreException(e);
        }
    }

    public record StoredObject(long size, String contentType) {
    }

    /** The object store did not answer as expected: a 503 for the caller, who may retry. */
    public static class MediaStoreException extends RuntimeException {
        MediaStoreException(Exception cause) {
            super("The media store is unavailable: " + cause.getMessage(), cause);
        }
    }

    static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
