package shop.dozo.review.abuse;

import java.text.Normalizer;
import shop.dozo.support.InputText;

/**
 * How shopper text is measured and checked, how it is kept, and which characters it may hold. The characters
 * every service refuses are service-support's InputText rule; reviews are stricter still (no C1 controls, no line
 * breaks or tabs in a title or nickname).
 */
public final class TextRules {
    private TextRules() {
    }

    /** NFC, Windows/browser line ends as \n, no surrounding white space (also full-width spaces): to measure and check. */
    public static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC);
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /**
     * What is stored: the text as typed with only the white space around it removed. Line ends and composed or
     * combining characters stay as sent, so a review comes back (and through backup and restore) byte for byte.
     */
    public static String kept(String value) {
        return value == null ? null : value.strip();
    }

    public static boolean allowed(int codePoint, boolean multiline) {
        if (codePoint == '\n' || codePoint == '\t') {
            return multiline;
        }
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.SURROGATE) {
            return false;
        }
        // Bidi embeddings, overrides and isolates can make a title or a nickname display something else than it
        // says; in paragraphs of text they are the writer's to use.
        return multiline || !InputText.isBidiControl(codePoint);
    }
}
