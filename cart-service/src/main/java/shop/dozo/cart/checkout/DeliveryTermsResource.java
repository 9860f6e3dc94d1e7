package shop.dozo.cart.checkout;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import shop.dozo.cart.payment.PaymentConfig;
import shop.dozo.cart.tax.CashOnDelivery;
import shop.dozo.cart.tax.OrderPricing;

/**
 * The delivery terms checkout charges by, for shops' pages to show (tax-included yen): the shipping fee to each of
 * the 47 prefectures, the item total from which shipping is free, the cool surcharge per parcel, the COD tiers
 * and limit, the time slots, and the dates a shopper may choose now (worked out in Japan time).
 */
@Path("/api/delivery-terms")
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryTermsResource {

    public record DeliveryTerms(int flatFeeYen, int freeFromYen, int coolFeeYen, List<String> prefectures,
            List<PrefectureFee> fees, Cool cool, Cod cashOnDelivery, int transferDays, List<String> slots,
            LocalDate earliestDate, LocalDate latestDate, List<DeliveryCalendar.Day> dates) {
    }

    public record PrefectureFee(String prefecture, int feeYen) {
    }

    /** {@code coolFeeYen} per parcel of at most {@code unitsPerParcel} cool units. */
    public record Cool(int feeYen, int unitsPerParcel) {
    }

    /** Amounts under {@code belowYen} pay {@code feeYen}; from {@code limitYen} on no cash on delivery. */
    public record Cod(List<Tier> tiers, int limitYen) {
        public record Tier(int belowYen, int feeYen) {
        }
    }

    @Inject
    OrderPricing.ShippingRules rules;

    @Inject
    CashOnDelivery cod;

    @Inject
    DeliveryCalendar calendar;

    @Inject
    PaymentConfig payment;

    @GET
    public Response terms() {
        Instant now = Instant.now();
        List<PrefectureFee> fees = Prefectures.ALL.stream().map(p -> new PrefectureFee(p, rules.feeTo(p))).toList();
        Cod codTerms = new Cod(cod.tiers().stream().map(t -> new Cod.Tier(t.below(), t.fee())).toList(), cod.limit());
        // The dates change at midnight and at the cut-off hour in Japan: a short cache.
        return Response.ok(new DeliveryTerms(rules.flatFee(), rules.freeFrom(), rules.coolFee(), Prefectures.ALL,
                fees, new Cool(rules.coolFee(), rules.coolParcelCapacity()), codTerms, payment.transferDays(),
                calendar.slots(), calendar.earliest(now), calendar.latest(now), calendar.selectable(now)))
                .header("Cache-Control", "public, max-age=60").build();
    }
}
