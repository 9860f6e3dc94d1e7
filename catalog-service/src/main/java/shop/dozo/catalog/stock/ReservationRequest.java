package shop.dozo.catalog.stock;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import shop.dozo.support.Sku;

public record ReservationRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items) {

    // The SKU's shape is checked here so that text of another shape never reaches the ASCII column (a collation 500).
    public record Item(
            @NotBlank @Size(max = Sku.MAX_LENGTH) @Pattern(regexp = Sku.PATTERN, message = Sku.MESSAGE) String sku,
            @NotNull @Min(1) @Max(999) Integer quantity) {
    }
}
