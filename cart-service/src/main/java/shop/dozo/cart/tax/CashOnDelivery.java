package shop.dozo.cart.tax;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The cash-on-delivery fee the carrier charges, in tiers by the amount it collects (tax-included yen, taxed at
 * 10 %): the first tier whose {@code below} is above the amount. From {@code limit} on, the carrier does not
 * carry that much cash: no COD. The tiers must reach the limit, so every accepted amount has a fee.
 */
public record CashOnDelivery(List<Tier> tiers, int limit) {

    /** Amounts under {@code below} yen pay {@code fee} yen. */
    public record Tier(int below, int fee) {
    }

    /** No COD offered at all (a cart's pricing, which never charges the fee). */
    public static final CashOnDelivery NONE = new CashOnDelivery(List.of(), 0);

    public CashOnDelivery {
        tiers = tiers.stream().sorted(Comparator.comparingInt(Tier::below)).toList();
        if (limit > 0 && (tiers.isEmpty() || tiers.get(tiers.size() - 1).below() < limit)) {
            throw new IllegalArgumentException("the COD tiers must reach the COD limit of " + limit + " yen");
        }
    }

    /** Why this amount cannot be paid on delivery, or empty when it can. */
    public Optional<String> refusal(int collected) {
        return collected < limit ? Optional.empty()
                : Optional.of("cash on delivery is possible for orders under " + limit
                        + " yen; choose bank transfer");
    }

    public int feeFor(int collected) {
        if (refusal(collected).isPresent()) {
            throw new IllegalArgumentException(collected + " yen is over the cash-on-delivery limit");
        }
        return tiers.stream().filter(tier -> collected < tier.below()).findFirst().orElseThrow().fee();
    }
}
