package shop.dozo.cart.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** フリガナ as typed with a Japanese IME, and what is refused. */
class KanaTest {

    @Test
    void hiraganaHalfWidthAndFullWidthSpacesBecomeKatakana() {
        assertEquals(Optional.of("ヤマダ ハナコ"), Kana.normalise("やまだ　はなこ"));
        assertEquals(Optional.of("ヤマダ ハナコ"), Kana.normalise("ﾔﾏﾀﾞ ﾊﾅｺ"), "ﾀﾞ is one ダ after NFKC");
        assertEquals(Optional.of("ヤマダ ハナコ"), Kana.normalise("  ヤマダ   ハナコ "));
        assertEquals(Optional.of("スミス ジョーン"), Kana.normalise("すみす じょーん"), "ー stays");
        assertEquals(Optional.of("ヴァイオレット"), Kana.normalise("ゔぁいおれっと"));
    }

    @Test
    void kanjiLatinAndEmptyAreRefused() {
        assertEquals(Optional.empty(), Kana.normalise("山田 花子"));
        assertEquals(Optional.empty(), Kana.normalise("Yamada"));
        assertEquals(Optional.empty(), Kana.normalise("   "));
        assertEquals(Optional.empty(), Kana.normalise(null));
        assertEquals(Optional.empty(), Kana.normalise("ヤマダ・ハナコ"), "only katakana, ー and spaces");
    }
}
