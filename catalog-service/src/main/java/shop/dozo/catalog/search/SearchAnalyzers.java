package shop.dozo.catalog.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Two views of the same text. {@link #words()}: Kuromoji's morphological analysis (布ナプキン → 布 / ナプキン,
 * dictionary forms), precise, used for ranking. {@link #grams()}: hiragana folded to katakana, widths unified,
 * then character bigrams, so "なぷきん" finds ナプキン and any substring matches as a phrase.
 */
final class SearchAnalyzers {
    private static final NormalizeCharMap HIRAGANA_TO_KATAKANA = hiraganaToKatakana();

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
                return new TokenStreamComponents(tokenizer, new LowerCaseFilter(stream));
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

    private static NormalizeCharMap hiraganaToKatakana() {
        NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
        for (char hiragana = 'ぁ'; hiragana <= 'ゖ'; hiragana++) {
            map.add(String.valueOf(hiragana), String.valueOf((char) (hiragana + 0x60)));
        }
        return map.build();
    }
}
