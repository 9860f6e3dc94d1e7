package shop.dozo.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * An immutable in-memory Lucene index of the published products. Searching is thread-safe; a change to the
 * catalogue builds a new index (see {@link ProductSearch}).
 */
final class ProductIndex {
    /** Where a word is found decides the rank: the name first, then tags, then the category, then the description. */
    private static final Map<String, Float> FIELD_BOOSTS = orderedBoosts();
    /** Readings only for short texts: in a long description a kana reading would match by accident. */
    private static final List<String> READ_ALOUD = List.of("name", "tags");
    private static final float WORDS = 2f;
    private static final float GRAMS = 1f;
    private static final float READINGS = 0.5f;

    private static final Analyzer WORD_ANALYZER = SearchAnalyzers.words();
    private static final Analyzer GRAM_ANALYZER = SearchAnalyzers.grams();

    private final IndexSearcher searcher;

    private ProductIndex(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    static ProductIndex of(List<IndexedProduct> products) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String field : FIELD_BOOSTS.keySet()) {
            perField.put(field + ".w", WORD_ANALYZER);
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try {
            try (IndexWriter writer = new IndexWriter(directory,
                    new IndexWriterConfig(new PerFieldAnalyzerWrapper(GRAM_ANALYZER, perField)))) {
                for (IndexedProduct product : products) {
                    writer.addDocument(document(product));
                }
            }
            return new ProductIndex(new IndexSearcher(DirectoryReader.open(directory)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SKUs of the products that match every word of the query, best first. */
    List<String> search(String text, int limit) {
        Query query = query(text);
        if (query == null) {
            return List.of();
        }
        try {
            List<String> skus = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                skus.add(searcher.storedFields().document(hit.doc).get("sku"));
            }
            return skus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each whitespace-separated word must match somewhere; within a word, fields and analyses compete. */
    static Query query(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int words = 0;
        for (String word : text.strip().split("[\\s\\u3000]+")) {
            if (word.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
            String reading = SearchAnalyzers.reading(word);
            for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
                String name = field.getKey();
                float boost = field.getValue();
                add(anywhere, new QueryBuilder(WORD_ANALYZER).createBooleanQuery(name + ".w", word,
                        BooleanClause.Occur.MUST), boost * WORDS);
                add(anywhere, grams(name + ".g", word), boost * GRAMS);
                if (READ_ALOUD.contains(name)) {
                    add(anywhere, grams(name + ".r", reading), boost * READINGS);
                }
            }
            BooleanQuery alternatives = anywhere.build();
            if (alternatives.clauses().isEmpty()) {
                continue; // only punctuation: nothing to look for
            }
            all.add(alternatives, BooleanClause.Occur.MUST);
            words++;
        }
        return words == 0 ? null : all.build();
    }

    /**
     * The word's bigrams as a phrase. A single kana or kanji has no bigram, so it matches any bigram holding it
     * (茶 finds 煎茶, 米 finds 玄米); the index is small enough for that wildcard.
     */
    private static Query grams(String field, String text) {
        List<String> tokens = tokens(text);
        if (tokens.size() == 1 && tokens.get(0).length() == 1 && tokens.get(0).charAt(0) >= 0x3000) {
            return new WildcardQuery(new Term(field, "*" + tokens.get(0) + "*"));
        }
        return new QueryBuilder(GRAM_ANALYZER).createPhraseQuery(field, text);
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = GRAM_ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private static void add(BooleanQuery.Builder builder, Query query, float boost) {
        if (query != null) {
            builder.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        }
    }

    private static Document document(IndexedProduct product) {
        Document doc = new Document();
        doc.add(new StringField("sku", product.sku(), Field.Store.YES));
        Map<String, String> texts = Map.of("name", product.name(), "nameEn", product.nameEn(),
                "tags", String.join(" ", product.tags()), "category", product.category(),
                "description", product.description());
        texts.forEach((field, text) -> {
            doc.add(new TextField(field + ".w", text, Field.Store.NO));
            doc.add(new TextField(field + ".g", text, Field.Store.NO));
            if (READ_ALOUD.contains(field)) {
                doc.add(new TextField(field + ".r", SearchAnalyzers.reading(text), Field.Store.NO));
            }
        });
        return doc;
    }

    private static Map<String, Float> orderedBoosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put("name", 6f);
        boosts.put("nameEn", 4f);
        boosts.put("tags", 3f);
        boosts.put("category", 2f);
        boosts.put("description", 1f);
        return boosts;
    }
}
