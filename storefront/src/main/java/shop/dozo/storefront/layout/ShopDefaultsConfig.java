package shop.dozo.storefront.layout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The shop's name and tagline when content-service cannot be reached or its settings were never saved
 * ({@link ShopDefaults}), and the page that is the legal notice. The defaults are the demo shop's; a real shop
 * sets DOZO_SHOP_NAME etc.
 */
@ConfigMapping(prefix = "dozo.shop")
public interface ShopDefaultsConfig {
    @WithDefault("ことり舎")
    String name();

    @WithDefault("Kotori-sha")
    String nameEn();

    @WithDefault("からだと地球にやさしい暮らしの道具")
    String tagline();

    @WithDefault("Everyday things kind to body and earth")
    String taglineEn();

    @WithDefault("law")
    String legalNoticeSlug();
}
