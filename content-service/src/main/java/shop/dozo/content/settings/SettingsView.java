package shop.dozo.content.settings;

import java.time.Instant;
import java.util.List;
import shop.dozo.content.settings.SettingsRequest.NavItem;

/** The settings as staff edit them; {@link #publicView()} leaves out who saved them. */
public record SettingsView(String name, String nameEn, String tagline, String taglineEn, List<NavItem> navigation,
        String footer, String footerEn, String legalNoticeSlug, long version, Instant updatedAt, String updatedBy) {

    public record PublicSettings(String name, String nameEn, String tagline, String taglineEn, List<NavItem> navigation,
            String footer, String footerEn, String legalNoticeSlug) {
    }

    public PublicSettings publicView() {
        return new PublicSettings(name, nameEn, tagline, taglineEn, navigation, footer, footerEn, legalNoticeSlug);
    }
}
