package shop.dozo.cart.account;

import java.text.Normalizer;
import java.util.Optional;

/**
 * フリガナ as the shop prints it: full-width katakana. Half-width katakana (NFKC) and hiragana are turned into it;
 * only katakana, the long vowel mark ー, the middle dot ・ and spaces are accepted.
 */
final class Kana {
    private Kana() {
    }

    static Optional<String> normalise(String typed) {
        String nfkc = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (c >= 'ぁ' && c <= 'ゖ') {
                c = (char) (c + ('ァ' - 'ぁ'));
            }
            boolean katakana = c >= 'ァ' && c <= 'ヺ' || c == 'ー' || c == '・';
            boolean space = c == ' ' || c == '\u3000';
            if (!katakana && !space) {
                return Optional.empty();
            }
            out.append(space ? ' ' : c);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }
}
