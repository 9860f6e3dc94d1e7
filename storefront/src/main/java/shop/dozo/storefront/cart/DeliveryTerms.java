package shop.dozo.storefront.cart;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * cart-service's delivery terms (tax-included yen), the prefectures it delivers to (north to south), the carrier's
 * time slots and the delivery dates one can choose now (worked out by cart-service in Japan time, holidays marked).
 * The storefront only lists them; cart-service checks the choice again at checkout.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeliveryTerms(int flatFeeYen, int freeFromYen, int coolFeeYen, List<String> prefectures,
        List<String> slots, List<DeliveryDate> dates, String earliestDate, Cod cashOnDelivery) {

    /** One day from the earliest to the latest; a day the shop is closed is listed but cannot be chosen. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeliveryDate(String date, boolean shopClosed) {
    }

    /** The cash-on-delivery fee per tier; from {@code limitYen} on, no cash on delivery. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cod(List<CodTier> tiers, int limitYen) {
    }

    /** The cash-on-delivery fee for orders below {@code belowYen}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CodTier(int belowYen, int feeYen) {
    }

    public List<String> slotCodes() {
        return slots == null ? List.of() : slots;
    }

    public List<DeliveryDate> selectableDates() {
        return dates == null ? List.of() : dates;
    }

    public List<CodTier> codTiers() {
        return cashOnDelivery == null || cashOnDelivery.tiers() == null ? List.of() : cashOnDelivery.tiers();
    }

    public int codLimitYen() {
        return cashOnDelivery == null ? 0 : cashOnDelivery.limitYen();
    }
}
