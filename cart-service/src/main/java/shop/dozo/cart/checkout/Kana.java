package shop.dozo.cart.checkout;

import java.text.Normalizer;
import java.util.Optional;

/**
 * フリガナ as carriers and banks want it: full-width katakana. Typed hiragana becomes katakana, half-width
 * katakana full-width (NFKC), runs of spaces one space; anything else (kanji, Latin letters) is refused.
 */
final class Kana {
    private static final String ALLOWED = "[\\u30A1-\\u30FA\\u30FC ]+"; // katakana, ー, space
    private static final int HIRAGANA_TO_KATAKANA = 0x60;

    private Kana() {
    }

    static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String nfkc = Normalizer.normalize(typed, Normalizer.Form.NFKC); // ﾔﾏﾀﾞ → ヤマダ, full-width space → " "
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(c -> out.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + HIRAGANA_TO_KATAKANA : c));
        String kana = out.toString().strip().replaceAll(" +", " ");
        return kana.matches(ALLOWED) ? Optional.of(kana) : Optional.empty();
    }
}
