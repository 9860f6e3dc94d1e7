package shop.dozo.catalog.read;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the shared answers may lag a change made on another replica, and how much memory they may take. */
@ConfigMapping(prefix = "dozo.catalog.read-cache")
public interface ReadCacheConfig {
    @WithDefault("1s")
    Duration ttl();

    /** Bytes of JSON kept at most (keys included). */
    @WithDefault("16777216")
    long maxBytes();
}
