package shop.dozo.catalog.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A staff request to create or update a category; {@code version} is required on update. */
public record CategoryRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "lower-case letters, digits and single hyphens")
        @Size(max = 80) String slug,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String nameEn,
        @Size(max = 80) String parent,
        @PositiveOrZero Integer sort,
        Long version) {
}
