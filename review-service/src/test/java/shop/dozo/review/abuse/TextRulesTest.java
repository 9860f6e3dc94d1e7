package shop.dozo.review.abuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void normalisingTrimsAllKindsOfSpaceAndUnifiesLineEnds() {
        assertEquals("一行目\n二行目\n三行目", TextRules.normalise("\u3000 一行目\r\n二行目\r三行目 \t"));
        assertEquals("", TextRules.normalise("   "));
    }

    @Test
    void keptTextOnlyLosesTheWhiteSpaceAroundIt() {
        assertEquals("一行目\r\n二行目\rか\u3099", TextRules.kept("\u3000 一行目\r\n二行目\rか\u3099 \t"));
    }

    @Test
    void normalisingComposesCharacters() {
        // か + combining dakuten is the same text as が.
        assertEquals("が", TextRules.normalise("か\u3099"));
    }

    @Test
    void lineBreaksAndTabsOnlyInMultilineText() {
        assertTrue(TextRules.allowed('\n', true));
        assertTrue(TextRules.allowed('\t', true));
        assertFalse(TextRules.allowed('\n', false));
        assertFalse(TextRules.allowed('\t', false));
    }

    @Test
    void controlSurrogateAndBidiOverrideCharactersAreRefused() {
        for (int c : new int[]{0, 7, 0x1B, 0x7F, 0x85, 0xD800}) {
            assertFalse(TextRules.allowed(c, true), Integer.toHexString(c));
        }
        // Bidi controls only in one-line text: a paragraph may need them, a nickname never does.
        for (int c : new int[]{0x202A, 0x202E, 0x2066, 0x2069}) {
            assertFalse(TextRules.allowed(c, false), Integer.toHexString(c));
            assertTrue(TextRules.allowed(c, true), Integer.toHexString(c));
        }
        for (int c : new int[]{'a', '<', '&', 'あ', '　', 0x1F331}) {
            assertTrue(TextRules.allowed(c, false), Integer.toHexString(c));
        }
    }

    @Test
    void theDuplicateFingerprintIgnoresSpacingCaseAndWidth() {
        String original = PostingGuard.bodyFingerprint("CP-REG-01", "Great pads! とても良い。");
        assertEquals(original, PostingGuard.bodyFingerprint("CP-REG-01", "great  pads！\nとても 良い。"));
        assertEquals(original, PostingGuard.bodyFingerprint("CP-REG-01", "ＧＲＥＡＴ pads! とても良い。"));
        assertNotEquals(original, PostingGuard.bodyFingerprint("CP-REG-02", "Great pads! とても良い。"));
        assertNotEquals(original, PostingGuard.bodyFingerprint("CP-REG-01", "Great pads! とても良かった。"));
    }
}
