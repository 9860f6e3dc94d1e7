package shop.dozo.cart.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Where an order is. Bank transfer: placed → paid → shipped. Cash on delivery: placed → shipped → paid (the
 * carrier collects). Cancelled is final and only before shipping; returns are not modelled yet. No order is
 * ever in the same status twice, so the history reads straight.
 */
public enum OrderStatus {
    PLACED, PAID, SHIPPED, CANCELLED;

    public Set<OrderStatus> next(String paymentMethod) {
        return switch (this) {
            case PLACED -> "cash_on_delivery".equals(paymentMethod) ? EnumSet.of(SHIPPED, PAID, CANCELLED)
                    : EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED ->
                    "cash_on_delivery".equals(paymentMethod) ? EnumSet.of(PAID) : EnumSet.noneOf(OrderStatus.class);
            case CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** null for anything that is not a status, so the caller can name the field. */
    @JsonCreator
    public static OrderStatus parse(String value) {
        for (OrderStatus status : values()) {
            if (status.json().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return status;
            }
        }
        return null;
    }
}
