package shop.dozo.content.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import shop.dozo.support.MultiLineText;

/**
 * A staff save of a page or news post. {@code slug} is required to create and cannot change later;
 * {@code revision} is required to edit: the revision number the editor started from. {@code status} defaults
 * to draft on creation and to "unchanged" on edits; {@code publishedAt} defaults to the moment of publishing.
 */
public record DocumentRequest(
        @Pattern(regexp = DocumentRequest.SLUG, message = "lower-case letters, digits and single hyphens")
        @Size(max = DocumentRequest.SLUG_MAX) String slug,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String titleEn,
        @NotNull @MultiLineText @Size(max = 100_000) String body,
        @Pattern(regexp = "draft|published",
                message = "draft or published (archive with POST .../archive)") String status,
        OffsetDateTime publishedAt,
        @MultiLineText @Size(max = 300) String note,
        Integer revision) {

    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final int SLUG_MAX = 100;
}
