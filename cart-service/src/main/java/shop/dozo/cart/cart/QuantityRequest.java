package shop.dozo.cart.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public record QuantityRequest(
        @NotNull @Min(value = 1, message = "must be at least 1")
        @Max(value = 99, message = "must be at most 99") Integer quantity) {
}
