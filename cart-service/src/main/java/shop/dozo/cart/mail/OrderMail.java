package shop.dozo.cart.mail;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import shop.dozo.cart.order.CustomerOrder;
import shop.dozo.cart.payment.PaymentConfig;

/**
 * An order as its mails show it: the lines as bought, the per-rate figures the receipt needs (tax-included
 * subtotal and the tax inside it, ※ on reduced-rate lines), payment and delivery. Built inside a transaction
 * (the lines are lazy); dates are Japan's whatever the JVM's zone.
 */
@TemplateData
public record OrderMail(String number, String placedAt, String fullName, String email, String postalCode,
        String prefecture, String city, String street, String phone, List<Line> lines, int itemsTotal,
        int shippingFee, int coolFee, int codFee, int total, int subtotal8, int tax8, int subtotal10, int tax10,
        int dueSubtotal8, int dueTax8, int dueSubtotal10, int dueTax10, int pointsUsed,
        int amountDue, int pointsEarned, boolean bankTransfer, String paymentDeadline, String deliveryDate,
        String deliverySlot, String trackingNumber, String trackingUrl, String carrier, String lookupUrl) {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** {@code reduced}: taxed at the 8 % reduced rate, marked ※ as the qualified-invoice rules ask. */
    @TemplateData
    public record Line(String sku, String name, int unitPrice, int quantity, int lineTotal, boolean reduced,
            boolean cool) {
    }

    static OrderMail of(CustomerOrder order, String locale, PaymentConfig payment, MailConfig mail,
            ShopConfig shop) {
        boolean en = "en".equals(locale);
        boolean bank = "bank_transfer".equals(order.paymentMethod);
        String tracking = order.trackingNumber;
        return new OrderMail(order.orderNumber, dateTime(order, en), order.fullName, order.email, order.postalCode,
                order.prefecture, order.city, order.street, order.phone,
                order.lines.stream().map(line -> new Line(line.sku, line.name, line.unitPrice, line.quantity,
                        line.total(), line.taxRate == 8, line.cool)).toList(),
                order.itemsTotal, order.shippingFee, order.coolFee, order.codFee, order.total, order.subtotal8,
                order.tax8, order.subtotal10, order.tax10, order.dueSubtotal8, order.dueTax8, order.dueSubtotal10,
                order.dueTax10, order.pointsUsed, order.amountDue, order.pointsEarned, bank,
                // The deadline stored with the order is the one the shopper was shown and the unpaid job keeps.
                bank && order.paymentDeadline != null ? date(order.paymentDeadline, en) : null,
                order.deliveryDate == null ? null : date(order.deliveryDate, en), slot(order.deliverySlot, en),
                tracking, tracking == null ? null : mail.trackingUrl().replace("{number}", tracking), mail.carrier(),
                shop.publicUrl() + "/order/lookup" + (en ? "?lang=en" : ""));
    }

    /** The carrier's slot as shoppers read it; null is 指定なし, which the templates word themselves. */
    static String slot(String slot, boolean en) {
        if (slot == null || slot.isEmpty()) {
            return null;
        }
        if (slot.equals("am")) {
            return en ? "morning (before noon)" : "午前中";
        }
        String[] hours = slot.split("-");
        return en ? hours[0] + ":00–" + hours[1] + ":00" : hours[0] + "時〜" + hours[1] + "時";
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
