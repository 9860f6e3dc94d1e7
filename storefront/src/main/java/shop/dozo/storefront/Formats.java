package shop.dozo.storefront;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.util.Locale;

/** Template helpers: {@code {price.yen}} prints 1,650. */
@TemplateExtension
public class Formats {
    private Formats() {
    }

    static String yen(int amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount);
    }
}
