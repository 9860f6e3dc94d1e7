package shop.dozo.backoffice.web;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How amounts and times read on every screen: yen with separators, times in Japan's time zone. */
@TemplateExtension
public final class Formats {
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(JAPAN);

    private Formats() {
    }

    /** 1234 → "¥1,234", as the storefront shows prices. */
    public static String yen(long amount) {
        return "¥" + NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }

    public static String yen(int amount) {
        return yen((long) amount);
    }

    public static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(value);
    }

    /** 2026-12-05 23:10 (JST) */
    public static String jst(Instant at) {
        return at == null ? "" : MINUTES.format(at);
    }
}
