package shop.dozo.catalog.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import shop.dozo.catalog.CatalogIds;

/** A staff request to create or update a category; {@code version} is required on update. */
public record CategoryRequest(
        @NotBlank @Pattern(regexp = CatalogIds.SLUG, message = CatalogIds.SLUG_MESSAGE)
        @Size(max = CatalogIds.CATEGORY_SLUG_MAX) String slug,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String nameEn,
        @Pattern(regexp = CatalogIds.SLUG, message = "a category slug: " + CatalogIds.SLUG_MESSAGE)
        @Size(max = CatalogIds.CATEGORY_SLUG_MAX) String parent,
        @PositiveOrZero Integer sort,
        Long version) {
}
