package shop.dozo.catalog.product;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import shop.dozo.support.MultiLineText;

/**
 * A staff request to create or update a product. Prices are integer yen, tax included. {@code stock} is the
 * initial stock on creation (later changes go through stock adjustments); {@code version} is required on update.
 * {@code status} defaults to published on creation and stays as it is on an update that leaves it out.
 */
public record ProductRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*", message = "upper-case letters, digits and single hyphens")
        @Size(max = 40) String sku,
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "lower-case letters, digits and single hyphens")
        @Size(max = 120) String slug,
        @NotBlank @Size(max = 80) String category,
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
        @Size(max = 20) List<@NotBlank @Pattern(regexp = "[a-f0-9]{64}", message = "a media id (sha-256 hex)") String> imageIds,
        @PositiveOrZero @Max(1_000_000) Integer stock,
        Long version) {
}
