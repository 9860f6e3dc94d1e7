package shop.dozo.content.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Media in S3 (DOZO_S3_ENDPOINT, DOZO_S3_ACCESS_KEY, DOZO_S3_SECRET_KEY): any S3 provider ({@link MediaStore}). */
@ConfigMapping(prefix = "dozo.s3")
public interface S3Config {
    String endpoint();

    String accessKey();

    String secretKey();

    @WithDefault("dozo-media")
    String bucket();

    @WithDefault("us-east-1")
    String region();
}
