package shop.dozo.storefront.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import shop.dozo.storefront.content.ShopSettings;

/** The configured name and tagline, for when content-service is down or its settings were never saved. */
@ApplicationScoped
public class ShopDefaults {

    @Inject
    ShopDefaultsConfig config;

    /** Fills what is blank in the settings from the configuration. */
    public ShopSettings complete(ShopSettings s) {
        String name = config.name();
        String nameEn = config.nameEn();
        String tagline = config.tagline();
        String taglineEn = config.taglineEn();
        String legalNoticeSlug = config.legalNoticeSlug();
        if (s == null) {
            return new ShopSettings(name, nameEn, tagline, taglineEn, List.of(), "", "", legalNoticeSlug);
        }
        return new ShopSettings(blank(s.name()) ? name : s.name(), blank(s.name()) ? nameEn : s.nameEn(),
                blank(s.tagline()) ? tagline : s.tagline(), blank(s.tagline()) ? taglineEn : s.taglineEn(),
                s.menu(), s.footer(), s.footerEn(), blank(s.legalNoticeSlug()) ? legalNoticeSlug : s.legalNoticeSlug());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
