package shop.dozo.cart.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddressRulesTest {

    @Test
    void postalCodesInEveryCommonSpellingBecomeOne() {
        for (String typed : new String[]{"〒123-4567", "123-4567", "1234567", "〒 1234567", "１２３－４５６７", " 123ー4567 "}) {
            assertEquals(Optional.of("123-4567"), PostalCode.normalise(typed), typed);
        }
        for (String bad : new String[]{"12-34567", "123-456", "12345678", "abc-defg", "〒", ""}) {
            assertTrue(PostalCode.normalise(bad).isEmpty(), bad);
        }
    }

    @Test
    void phoneNumbersAreJapaneseWithTenOrElevenDigits() {
        assertEquals(Optional.of("03-1234-5678"), Phone.normalise("03-1234-5678"));
        assertEquals(Optional.of("09012345678"), Phone.normalise("０９０１２３４５６７８"));
        assertEquals(Optional.of("03-1234-5678"), Phone.normalise("+81-3-1234-5678"));
        for (String bad : new String[]{"12345", "3-1234-5678", "03-1234-56789-0", "03-ABCD-5678"}) {
            assertTrue(Phone.normalise(bad).isEmpty(), bad);
        }
    }

    @Test
    void thereAreFortySevenPrefectures() {
        assertEquals(47, Prefectures.ALL.size());
        assertTrue(Prefectures.ALL.containsAll(java.util.List.of("北海道", "東京都", "京都府", "大阪府", "沖縄県")));
    }
}
