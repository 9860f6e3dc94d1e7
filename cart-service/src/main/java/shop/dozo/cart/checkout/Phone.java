package shop.dozo.cart.checkout;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/** A Japanese phone number as the carrier needs it: 0 then 9 or 10 digits, hyphens kept as typed. */
final class Phone {
    private static final Pattern NUMBER = Pattern.compile("0\\d{9,10}");

    private Phone() {
    }

    static Optional<String> normalise(String typed) {
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().replace('ー', '-').replace('−', '-')
                .replaceAll("[\\s()]", "");
        if (plain.startsWith("+81")) {
            plain = "0" + plain.substring(3).replaceFirst("^-", "");
        }
        return plain.matches("[0-9-]+") && NUMBER.matcher(plain.replace("-", "")).matches() ? Optional.of(plain)
                : Optional.empty();
    }
}
