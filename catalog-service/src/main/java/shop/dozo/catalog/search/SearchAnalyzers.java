package shop.dozo.catalog.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Three views of the same text.
 * <ul>
 * <li>{@link #words()}: Kuromoji's morphological analysis (布ナプキン → 布 / ナプキン, dictionary forms, "pads" →
 * "pad"): precise, so it weighs most.</li>
 * <li>{@link #grams()}: hiragana folded to katakana, widths unified, then character bigrams, so "なぷきん" finds
 * ナプキン and any part of a word matches as a phrase.</li>
 * <li>{@link #reading(String)}: the katakana reading Kuromoji gives each word, so a shopper who types in kana finds
 * the kanji spelling (やさい → 野菜, ゆうき → 有機, みそ ↔ 味噌).</li>
 * </ul>
 */
final class SearchAnalyzers {
    private static final NormalizeCharMap HIRAGANA_TO_KATAKANA = hiraganaToKatakana();
    private static final Analyzer READING_TOKENS = new Analyzer() {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new CJKWidthCharFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL));
        }
    };

    private SearchAnalyzers() {
    }

    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new CJKWidthCharFilter(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
                TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
                stream = new JapaneseKatakanaStemFilter(stream);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(tokenizer, new EnglishMinimalStemFilter(stream));
            }
        };
    }

    static Analyzer grams() {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(HIRAGANA_TO_KATAKANA, new CJKWidthCharFilter(reader));
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new CJKBigramFilter(tokenizer);
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
            }
        };
    }

    /**
     * The text as Kuromoji reads it aloud, in katakana, Japanese words run together (so the bigrams do not depend
     * on where a kana query happens to be split) and other words kept apart.
     */
    static String reading(String text) {
        StringBuilder out = new StringBuilder();
        try (TokenStream tokens = READING_TOKENS.tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = tokens.addAttribute(ReadingAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String surface = term.toString();
                if (surface.chars().allMatch(c -> c < 0x3000)) {
                    out.append(' ').append(surface).append(' ');
                } else {
                    out.append(reading.getReading() != null ? reading.getReading() : surface);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static NormalizeCharMap hiraganaToKatakana() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (char hiragana = 'ぁ'; hiragana <= 'ゖ'; hiragana++) {
            map.add(String.valueOf(hiragana), String.valueOf((char) (hiragana + 0x60)));
        }
        return map.build();
    }
}
