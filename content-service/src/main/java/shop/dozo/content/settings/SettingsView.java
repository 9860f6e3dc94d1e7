package shop.dozo.content.settings;

import java.time.Instant;
import java.util.List;
import shop.dozo.content.settings.SettingsRequest.NavItem;

/** The settings as staff edit them; {@link #publicView()} leaves out who saved them. */
public record SettingsView(String name, String nameEn, String tagline, String taglineEn, List<NavItem> navigation,
        String footer, String footerEn, String legalNoticeSlug, String invoiceRegistrationNumber, long version,
        Instant updatedAt, String updatedBy) {

    /** The registration number is public: a qualified invoice must show it, and the tax office publishes it. */
    public record PublicSettings(String name, String nameEn, String tagline, String taglineEn, List<NavItem> navigation,
            String footer, String footerEn, String legalNoticeSlug, String invoiceRegistrationNumber) {
    }

    public PublicSettings publicView() {
        return new PublicSettings(name, nameEn, tagline, taglineEn, navigation, footer, footerEn, legalNoticeSlug,
                invoiceRegistrationNumber);
    }
}
