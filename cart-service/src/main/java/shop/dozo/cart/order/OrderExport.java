package shop.dozo.cart.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import shop.dozo.support.ProblemException;

/**
 * The staff order list as CSV for a spreadsheet or the accountant: one row an order, Japanese headers, UTF-8 with
 * a BOM so Excel reads the Japanese right. Commons CSV quotes by RFC 4180; a shopper's text that starts like a
 * formula (=, +, -, @) gets a leading apostrophe, so opening the file runs nothing.
 */
@ApplicationScoped
public class OrderExport {
    static final int MAX_ROWS = 50_000;
    private static final int CHUNK = 500;
    private static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(OrderNumbers.JAPAN);
    private static final List<String> HEADER = List.of("注文番号", "注文日時", "状態", "支払方法", "メールアドレス",
            "氏名", "郵便番号", "都道府県", "市区町村", "番地・建物", "電話番号", "商品", "商品合計", "送料", "クール便料金",
            "合計（税込）", "8%対象（税込）", "8%消費税", "10%対象（税込）", "10%消費税", "ポイント利用", "請求額", "付与ポイント",
            "キャンペーン", "追跡番号", "フリガナ", "代引手数料", "お届け希望日", "お届け時間帯", "支払期限", "請求額8%対象（税込）",
            "請求額8%消費税", "請求額10%対象（税込）", "請求額10%消費税");

    @Inject
    OrderSearch search;

    @Inject
    EntityManager entities;

    @Transactional
    public String csv(OrderSearch.Criteria criteria) {
        var query = search.matching(criteria);
        long count = query.count();
        if (count > MAX_ROWS) {
            throw ProblemException.badRequest("from",
                    count + " orders match; export at most " + MAX_ROWS + " at a time (choose fewer days)");
        }
        StringBuilder out = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(HEADER);
            for (int page = 0; (long) page * CHUNK < count; page++) {
                for (CustomerOrder order : query.page(page, CHUNK).list()) {
                    printer.printRecord(row(order));
                }
                entities.clear(); // a large export keeps only one chunk of orders in memory
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    private static List<Object> row(CustomerOrder order) {
        String lines = order.lines.stream()
                .map(line -> line.sku + " " + line.name + " ×" + line.quantity + " @" + line.unitPrice)
                .collect(Collectors.joining(" / "));
        return List.of(order.orderNumber, JST.format(order.createdAt), order.status.json(), order.paymentMethod,
                text(order.email), text(order.fullName), order.postalCode, text(order.prefecture), text(order.city),
                text(order.street), text(order.phone), text(lines), order.itemsTotal, order.shippingFee,
                order.coolFee, order.total, order.subtotal8, order.tax8, order.subtotal10, order.tax10,
                order.pointsUsed, order.amountDue, order.pointsEarned, text(order.campaignCode),
                text(order.trackingNumber), text(order.fullNameKana), order.codFee, day(order.deliveryDate),
                text(order.deliverySlot), day(order.paymentDeadline), order.dueSubtotal8, order.dueTax8,
                order.dueSubtotal10, order.dueTax10);
    }

    private static String day(java.time.LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** Text a person typed, made inert for spreadsheets (OWASP's CSV injection advice). */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
