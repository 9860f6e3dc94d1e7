package shop.dozo.storefront.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The shop's name, menu and footer as staff set them in content-service. Texts may be empty before the first save. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ShopSettings(String name, String nameEn, String tagline, String taglineEn, List<NavItem> navigation,
        String footer, String footerEn, String legalNoticeSlug) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NavItem(String label, String labelEn, String href) {
    }

    public List<NavItem> menu() {
        return navigation == null ? List.of() : navigation;
    }
}
