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
    private static final DateTimeFormatter DAY_JA = DateTimeFormatter.ofPattern("yyyy年M月d日（E）", Locale.JAPANESE);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH);
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

    /**
     * A day as cart-service names it ("2026-12-10", or an instant such as a payment deadline) for people:
     * 2026年12月10日（木） / Thu 10 December 2026. Anything unreadable is shown as it came.
     */
    static String day(String value, @TemplateAttribute("locale") Object locale) {
        if (value == null || value.isBlank()) {
            return "";
        }
        java.time.LocalDate day;
        try {
            day = value.length() == 10 ? java.time.LocalDate.parse(value)
                    : java.time.OffsetDateTime.parse(value).atZoneSameInstant(JAPAN).toLocalDate();
        } catch (java.time.format.DateTimeParseException e) {
            return value;
        }
        return (Lang.of(locale) == Lang.EN ? DAY_EN : DAY_JA).format(day);
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
