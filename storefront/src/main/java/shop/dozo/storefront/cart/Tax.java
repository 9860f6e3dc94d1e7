package shop.dozo.storefront.cart;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The tax contained at one rate, as cart-service worked it out for a cart or an order: {@code subtotalYen} is
 * tax-included, {@code taxYen} is the tax inside it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tax(int rate, int subtotalYen, int taxYen) {

    /** The line for {@code rate}, or zeros when nothing was sold at that rate. */
    public static Tax at(List<Tax> taxes, int rate) {
        return taxes == null ? new Tax(rate, 0, 0)
                : taxes.stream().filter(tax -> tax.rate() == rate).findFirst().orElse(new Tax(rate, 0, 0));
    }
}
