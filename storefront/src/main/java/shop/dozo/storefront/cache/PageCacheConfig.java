package shop.dozo.storefront.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The rendered-page cache of the anonymous shop pages (product, category, home); see {@link PageCache}. */
@ConfigMapping(prefix = "dozo.page-cache")
public interface PageCacheConfig {
    /** Off: every page is rendered per request (ETag/304 still work). */
    @WithDefault("true")
    boolean enabled();

    /**
     * How long a rendered page is served before it is rendered again. A staff change shows within this plus the
     * storefront's upstream cache of the same data (catalog 10 s, reviews 30 s, content 60 s).
     */
    @WithDefault("10S")
    Duration ttl();

    /** At most this many pages are kept ... */
    @WithDefault("2000")
    int maxEntries();

    /** ... and at most this many bytes of them (UTF-8 HTML). */
    @WithDefault("33554432")
    long maxBytes();
}
