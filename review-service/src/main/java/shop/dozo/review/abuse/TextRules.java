package shop.dozo.review.abuse;

import java.text.Normalizer;

/** How shopper text is cleaned before it is checked and stored, and which characters it may hold. */
public final class TextRules {
    private TextRules() {
    }

    /** NFC, Windows/browser line ends as \n, no surrounding white space (also full-width spaces). */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC);
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    public static boolean allowed(int codePoint, boolean multiline) {
        if (codePoint == '\n' || codePoint == '\t') {
            return multiline;
        }
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.SURROGATE) {
            return false;
        }
        // Bidi embeddings, overrides and isolates can make a review display something else than it says.
        return !(codePoint >= 0x202A && codePoint <= 0x202E) && !(codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
