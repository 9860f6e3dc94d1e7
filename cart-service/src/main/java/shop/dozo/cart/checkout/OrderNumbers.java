package shop.dozo.cart.checkout;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Numbers a person can read over the phone: DZ-261125-4821 (date in Japan, then four digits). */
final class OrderNumbers {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private OrderNumbers() {
    }

    static String next() {
        return "DZ-" + LocalDate.now(ZoneId.of("Asia/Tokyo")).format(DAY) + "-" + (1000 + RANDOM.nextInt(9000));
    }
}
