package shop.dozo.cart.order;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers a person can read over the phone: DZ-261125-4821, the day in Japan and four random digits. Digits
 * only, so nothing is ambiguous (no O/0, I/1/l). The database keeps them unique; a clash draws again.
 */
public final class OrderNumbers {
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd").withZone(JAPAN);
    /** The shape every order number has; anything else cannot be one. */
    public static final Pattern FORMAT = Pattern.compile("DZ-\\d{6}-\\d{4}");
    private static final Pattern SPOKEN = Pattern.compile("DZ-?(\\d{6})-?(\\d{4})");

    private OrderNumbers() {
    }

    public static String next(Instant now) {
        return "DZ-" + DAY.format(now) + "-" + (1000 + RANDOM.nextInt(9000));
    }

    /** What a shopper types: "dz 261125 4821", full-width digits, or no hyphens all mean DZ-261125-4821. */
    public static String normalise(String typed) {
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s　]", "")
                .toUpperCase(Locale.ROOT);
        Matcher matcher = SPOKEN.matcher(plain);
        return matcher.matches() ? "DZ-" + matcher.group(1) + "-" + matcher.group(2) : plain;
    }
}
