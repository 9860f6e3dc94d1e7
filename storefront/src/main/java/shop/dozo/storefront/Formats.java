package shop.dozo.storefront;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import shop.dozo.storefront.i18n.Lang;

/** Template helpers: {@code {price.yen}} prints 1,650; {@code {news.publishedAt.date}} a date in Japan's time zone. */
@TemplateExtension
public class Formats {
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter DATE_JA = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.JAPANESE);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern(" HH:mm");

    private Formats() {
    }

    public static String yen(int amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }

    static String date(Instant instant, @TemplateAttribute("locale") Object locale) {
        if (instant == null) {
            return "";
        }
        return (Lang.of(locale) == Lang.EN ? DATE_EN : DATE_JA).format(instant.atZone(JAPAN));
    }

    static String dateTime(Instant instant, @TemplateAttribute("locale") Object locale) {
        return instant == null ? "" : date(instant, locale) + TIME.format(instant.atZone(JAPAN));
    }

    /** 4 → ★★★★☆ (shown to the eye; the number is said to screen readers separately). */
    static String stars(int rating) {
        int full = Math.max(0, Math.min(5, rating));
        return "★".repeat(full) + "☆".repeat(5 - full);
    }

    /** A value for a URL query: {@code /search?q={tag.query}}. */
    static String query(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** For machine-readable {@code <time datetime>} attributes. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
