package shop.dozo.catalog.stock;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

public record ReservationRequest(@NotEmpty @Size(max = 50) List<@Valid @NotNull Item> items) {

    public record Item(@NotBlank @Size(max = 40) String sku,
            @NotNull @Min(1) @Max(999) Integer quantity) {
    }
}
