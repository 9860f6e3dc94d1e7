package shop.dozo.catalog.product;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import shop.dozo.catalog.CatalogIds;
import shop.dozo.support.MultiLineText;
import shop.dozo.support.Sku;

/**
 * A staff request to create or update a product. Prices are integer yen, tax included. {@code stock} is the
 * initial stock on creation (later changes go through stock adjustments); {@code version} is required on update.
 * {@code status} defaults to published on creation and stays as it is on an update that leaves it out.
 */
public record ProductRequest(
        @NotBlank @Pattern(regexp = Sku.PATTERN, message = "upper-case letters, digits and single hyphens")
        @Size(max = Sku.MAX_LENGTH) String sku,
        @Pattern(regexp = CatalogIds.SLUG, message = CatalogIds.SLUG_MESSAGE)
        @Size(max = CatalogIds.PRODUCT_SLUG_MAX) String slug,
        @NotBlank @Pattern(regexp = CatalogIds.SLUG, message = "a category slug: " + CatalogIds.SLUG_MESSAGE)
        @Size(max = CatalogIds.CATEGORY_SLUG_MAX) String category,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nameEn,
        @MultiLineText @Size(max = 10000) String description,
        @MultiLineText @Size(max = 10000) String descriptionEn,
        @NotNull @PositiveOrZero @Max(10_000_000) Integer priceYen,
        @NotNull Integer taxRate,
        Boolean cool,
        Boolean recommended,
        @Pattern(regexp = "draft|published|archived", message = "draft, published or archived") String status,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> tags,
        @Size(max = 20) List<
                @NotBlank @Pattern(regexp = "[a-f0-9]{64}", message = "a media id (sha-256 hex)") String> imageIds,
        @PositiveOrZero @Max(1_000_000) Integer stock,
        Long version) {
}
