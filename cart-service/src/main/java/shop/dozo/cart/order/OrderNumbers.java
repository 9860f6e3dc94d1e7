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
 * Numbers a person can read over the phone: DZ-261203-7KQ4-M9XD, the day in Japan and two groups of four
 * Crockford base32 characters (digits and capitals without I, L, O and U), 40 random bits. Guessing one order of
 * a known day takes about 2^39 tries, against a lookup throttled to a few failures per address and e-mail.
 * Numbers from before (DZ-261125-4821, four digits) stay valid. The database keeps numbers unique; a clash draws
 * again.
 */
public final class OrderNumbers {
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd").withZone(JAPAN);
    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String GROUP = "[0-9A-HJKMNP-TV-Z]{4}";
    /** The shape every order number has; anything else cannot be one. */
    public static final Pattern FORMAT = Pattern.compile("DZ-\\d{6}-(\\d{4}|" + GROUP + "-" + GROUP + ")");
    private static final Pattern SPOKEN = Pattern.compile("DZ(\\d{6})(\\d{4}|[0-9A-Z]{8})");

    private OrderNumbers() {
    }

    public static String next(Instant now) {
        long bits = RANDOM.nextLong() >>> (64 - 40);
        StringBuilder random = new StringBuilder();
        for (int i = 7; i >= 0; i--) {
            random.append(CROCKFORD.charAt((int) (bits >>> (5 * i)) & 31));
            if (i == 4) {
                random.append('-');
            }
        }
        return "DZ-" + DAY.format(now) + "-" + random;
    }

    /**
     * What a shopper types: "dz 261203 7kq4 m9xd", full-width characters, no hyphens, or an O for a zero and an
     * I or L for a one (Crockford's reading) all mean DZ-261203-7KQ4-M9XD.
     */
    public static String normalise(String typed) {
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s　\\-‐ー−]", "")
                .toUpperCase(Locale.ROOT);
        Matcher matcher = SPOKEN.matcher(plain);
        if (!matcher.matches()) {
            return plain;
        }
        String random = matcher.group(2);
        if (random.length() == 4) {
            return "DZ-" + matcher.group(1) + "-" + random;
        }
        random = random.replace('O', '0').replace('I', '1').replace('L', '1');
        return "DZ-" + matcher.group(1) + "-" + random.substring(0, 4) + "-" + random.substring(4);
    }

    /**
     * The start of an order number as staff type it in a search ("dz 261203", "DZ2612037K"), with its hyphens
     * where the full number has them, so it is a prefix of the stored numbers.
     */
    public static String normalisePrefix(String typed) {
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s　\\-‐ー−]", "")
                .toUpperCase(Locale.ROOT);
        if (!plain.startsWith("DZ")) {
            return plain;
        }
        StringBuilder prefix = new StringBuilder("DZ");
        for (int i = 2; i < plain.length(); i++) {
            if (i == 2 || i == 8 || i == 12) {
                prefix.append('-');
            }
            char c = plain.charAt(i);
            prefix.append(i >= 8 ? crockford(c) : c);
        }
        return prefix.toString();
    }

    private static char crockford(char c) {
        return switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
        };
    }
}
