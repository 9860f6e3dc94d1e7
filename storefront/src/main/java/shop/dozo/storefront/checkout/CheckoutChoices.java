package shop.dozo.storefront.checkout;

import java.util.List;
import shop.dozo.storefront.cart.DeliveryTerms;

/**
 * What the checkout form offers, all from cart-service: the prefectures, the delivery dates one can choose now
 * (from the earliest, shop holidays marked and not selectable), the carrier's slots, the COD fee tiers, and for a
 * signed-in shopper the points they can use. Empty lists mean "only 指定なし" (the terms could not be read).
 */
public record CheckoutChoices(List<String> prefectures, List<DeliveryTerms.DeliveryDate> dates, List<String> slots,
        String earliestDate, List<DeliveryTerms.CodTier> codTiers, int codLimitYen, boolean signedIn,
        int pointsBalance) {

    static CheckoutChoices of(DeliveryTerms terms, boolean signedIn, int pointsBalance) {
        if (terms == null) {
            return new CheckoutChoices(List.of(), List.of(), List.of(), null, List.of(), 0, signedIn, pointsBalance);
        }
        return new CheckoutChoices(terms.prefectures() == null ? List.of() : terms.prefectures(),
                terms.selectableDates(), terms.slotCodes(), terms.earliestDate(), terms.codTiers(), terms.codLimitYen(),
                signedIn, pointsBalance);
    }

    /** Without prefectures the form cannot be filled in: checkout is away for now. */
    boolean away() {
        return prefectures.isEmpty();
    }
}
