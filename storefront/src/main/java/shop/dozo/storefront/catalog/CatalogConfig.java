package shop.dozo.storefront.catalog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "dozo.catalog")
public interface CatalogConfig {
    /** Products per category page (the tests use fewer, so the demo's categories have a second page). */
    @WithDefault("12")
    int pageSize();
}
