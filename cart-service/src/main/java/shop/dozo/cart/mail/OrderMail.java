package shop.dozo.cart.mail;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import shop.dozo.cart.order.CustomerOrder;

/**
 * An order as its mails show it: the lines as bought, the per-rate figures the receipt needs (tax-included
 * subtotal and the tax inside it, ※ on reduced-rate lines), payment and delivery. Built inside a transaction
 * (the lines are lazy); dates are Japan's whatever the JVM's zone.
 */
@TemplateData
public record OrderMail(String number, String placedAt, String fullName, String email, String postalCode,
        String prefecture, String city, String street, String phone, List<Line> lines, int itemsTotal,
        int shippingFee, int coolFee, int total, int subtotal8, int tax8, int subtotal10, int tax10, int pointsUsed,
        int amountDue, int pointsEarned, boolean bankTransfer, String paymentDeadline, String deliveryDate,
        String deliverySlot, String trackingNumber, String trackingUrl, String carrier, String lookupUrl) {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** {@code reduced}: taxed at the 8 % reduced rate, marked ※ as the qualified-invoice rules ask. */
    @TemplateData
    public record Line(String sku, String name, int unitPrice, int quantity, int lineTotal, boolean reduced,
            boolean cool) {
    }

    static OrderMail of(CustomerOrder order, String locale, BankTransferConfig payment, MailConfig mail,
            ShopConfig shop) {
        boolean en = "en".equals(locale);
        LocalDate placed = order.createdAt.atZone(JAPAN).toLocalDate();
        boolean bank = "bank_transfer".equals(order.paymentMethod);
        String tracking = order.trackingNumber;
        return new OrderMail(order.orderNumber, dateTime(order, en), order.fullName, order.email, order.postalCode,
                order.prefecture, order.city, order.street, order.phone,
                order.lines.stream().map(line -> new Line(line.sku, line.name, line.unitPrice, line.quantity,
                        line.total(), line.taxRate == 8, line.cool)).toList(),
                order.itemsTotal, order.shippingFee, order.coolFee, order.total, order.subtotal8, order.tax8,
                order.subtotal10, order.tax10, order.pointsUsed, order.amountDue, order.pointsEarned, bank,
                // The deadline counts Japan days from the order day (checkout rules may store it on the order).
                bank ? date(placed.plusDays(payment.transferDays()), en) : null,
                null, null,
                tracking, tracking == null ? null : mail.trackingUrl().replace("{number}", tracking), mail.carrier(),
                shop.publicUrl() + "/order/lookup" + (en ? "?lang=en" : ""));
    }

    private static String dateTime(CustomerOrder order, boolean en) {
        return order.createdAt.atZone(JAPAN).format(en
                ? DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'JST'", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.JAPANESE));
    }

    static String date(LocalDate date, boolean en) {
        return en ? date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH))
                : date.format(DateTimeFormatter.ofPattern("yyyy年M月d日（E）", Locale.JAPANESE));
    }

    public boolean hasReducedRate() {
        return lines.stream().anyMatch(Line::reduced);
    }
}
