package shop.dozo.storefront.layout;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.dozo.storefront.content.ShopSettings;

/** The configured name and tagline, for when content-service is down or its settings were never saved. */
@ApplicationScoped
public class ShopDefaults {

    @ConfigProperty(name = "dozo.shop.name")
    String name;

    @ConfigProperty(name = "dozo.shop.name-en")
    String nameEn;

    @ConfigProperty(name = "dozo.shop.tagline")
    String tagline;

    @ConfigProperty(name = "dozo.shop.tagline-en")
    String taglineEn;

    @ConfigProperty(name = "dozo.shop.legal-notice-slug")
    String legalNoticeSlug;

    /** Fills what is blank in the settings from the configuration. */
    public ShopSettings complete(ShopSettings s) {
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
