package shop.dozo.content.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import shop.dozo.content.document.DocumentRequest;
import shop.dozo.support.MultiLineText;

/** A staff save of the shop settings; {@code version} is the one edited (0 for the very first save). */
public record SettingsRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String nameEn,
        @Size(max = 200) String tagline,
        @Size(max = 200) String taglineEn,
        @Size(max = 20) List<@Valid @NotNull NavItem> navigation,
        @MultiLineText @Size(max = 2000) String footer,
        @MultiLineText @Size(max = 2000) String footerEn,
        @Pattern(regexp = DocumentRequest.SLUG, message = "the slug of a page") @Size(max = 100) String legalNoticeSlug,
        @Pattern(regexp = "\\s*(T\\d{13})?\\s*",
                message = "T and 13 digits, like T1234567890123") String invoiceRegistrationNumber,
        @NotNull Long version) {

    /** A menu entry. Links stay on the shop ("/pages/about") or go to an http(s) address, never javascript:, and
     * never a backslash (browsers read "/\\evil.example" as "//evil.example"). */
    public record NavItem(
            @NotBlank @Size(max = 60) String label,
            @Size(max = 60) String labelEn,
            @NotBlank @Size(max = 300) @Pattern(regexp = "/(?![/\\\\])[^\\\\\\s]*|https?://[^\\\\\\s]+",
                    message = "a path starting with / or an http(s) address") String href) {
    }
}
