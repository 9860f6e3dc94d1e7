package shop.dozo.cart.checkout;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/** Japanese postal codes: 〒123-4567, 123-4567, 1234567 and their full-width forms all become 123-4567. */
final class PostalCode {
    private static final Pattern CODE = Pattern.compile("(\\d{3})-?(\\d{4})");

    private PostalCode() {
    }

    static Optional<String> normalise(String typed) {
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip()
                .replaceFirst("^〒\\s*", "").replace('ー', '-').replace('−', '-').replace('‐', '-');
        var matcher = CODE.matcher(plain);
        return matcher.matches() ? Optional.of(matcher.group(1) + "-" + matcher.group(2)) : Optional.empty();
    }
}
