package shop.dozo.storefront.checkout;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import shop.dozo.storefront.cart.Tax;
import shop.dozo.storefront.order.Order;

/**
 * cart-service's quote: what the order would be, worked out exactly as checkout would, with nothing reserved. The
 * confirmation step (特定商取引法 §12-6) shows it: quantities, prices and every fee, when and how to pay, when the
 * goods arrive. The per-rate figures shown are those after points (what the receipt will say).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Quote(List<Line> lines, int itemsTotalYen, int shippingFeeYen, int codFeeYen, int coolFeeYen,
        int pointsUsed, List<Tax> taxes, List<Tax> taxesAfterPoints, int totalYen, int amountDueYen,
        Delivery delivery, Order.Payment payment, String termsKey) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(String sku, String name, String nameEn, int unitPriceYen, int taxRate, int quantity,
            int lineTotalYen, boolean cool) {
    }

    /** {@code date} and {@code slot} empty when the shopper left them 指定なし; {@code earliestDate} then applies. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Delivery(String date, String slot, String earliestDate, String fullNameKana, Address address) {
    }

    /** The address as cart-service normalised it, as it will be printed on the parcel. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(String fullName, String postalCode, String prefecture, String city, String street,
            String phone) {
    }

    public Tax tax8() {
        return Tax.at(taxesAfterPoints == null ? taxes : taxesAfterPoints, 8);
    }

    public Tax tax10() {
        return Tax.at(taxesAfterPoints == null ? taxes : taxesAfterPoints, 10);
    }

    public boolean byTransfer() {
        return payment != null && "bank_transfer".equals(payment.method());
    }
}
