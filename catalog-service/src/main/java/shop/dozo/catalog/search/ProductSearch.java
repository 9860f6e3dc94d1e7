package shop.dozo.catalog.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import shop.dozo.catalog.product.Product;
import shop.dozo.catalog.product.ProductStatus;

/**
 * Full-text search over the published products, held in memory. Every replica keeps its own index and rebuilds
 * it when the products table changes (a cheap count + max(updated_at) check, at most once a second), so an edit
 * on one replica is found on all of them within about a second. A shop's catalogue is small; a rebuild is fast.
 */
@ApplicationScoped
public class ProductSearch {
    /** Where a word is found decides the rank: the name first, then tags, then the description. */
    private static final Map<String, Float> FIELD_BOOSTS = Map.of("name", 6f, "nameEn", 4f, "tags", 3f,
            "category", 2f, "description", 1f);
    private static final long CHECK_EVERY_MILLIS = 1000;

    @Inject
    EntityManager em;

    private final Analyzer words = SearchAnalyzers.words();
    private final Analyzer grams = SearchAnalyzers.grams();
    private volatile IndexSearcher searcher;
    private volatile String indexedSignature = "";
    private volatile long checkedAt;

    /** A write on this replica: look at the table again before the next search. */
    public void changed() {
        checkedAt = 0;
    }

    /** SKUs of the published products that match every word of the query, best first. */
    public synchronized List<String> search(String text, int limit) {
        refreshIfChanged();
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
    Query query(String text) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int words = 0;
        for (String word : text.strip().split("[\\s\\u3000]+")) {
            if (word.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder anywhere = new BooleanQuery.Builder();
            for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
                add(anywhere, new QueryBuilder(this.words).createBooleanQuery(field.getKey() + ".w", word,
                        BooleanClause.Occur.MUST), field.getValue() * 2);
                add(anywhere, new QueryBuilder(grams).createPhraseQuery(field.getKey() + ".g", word), field.getValue());
            }
            all.add(anywhere.build(), BooleanClause.Occur.MUST);
            words++;
        }
        return words == 0 ? null : all.build();
    }

    private static void add(BooleanQuery.Builder builder, Query query, float boost) {
        if (query != null) {
            builder.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
        }
    }

    private void refreshIfChanged() {
        long now = System.currentTimeMillis();
        if (searcher != null && now - checkedAt < CHECK_EVERY_MILLIS) {
            return;
        }
        checkedAt = now;
        Object[] state = (Object[]) em.createNativeQuery("SELECT COUNT(*), MAX(updated_at) FROM product")
                .getSingleResult();
        String signature = state[0] + "@" + state[1];
        if (searcher == null || !signature.equals(indexedSignature)) {
            searcher = build();
            indexedSignature = signature;
        }
    }

    private IndexSearcher build() {
        Map<String, Analyzer> perField = new java.util.HashMap<>();
        for (String field : FIELD_BOOSTS.keySet()) {
            perField.put(field + ".w", words);
            perField.put(field + ".g", grams);
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(new PerFieldAnalyzerWrapper(grams, perField)))) {
            for (Product product : Product.<Product>list("status", ProductStatus.PUBLISHED)) {
                writer.addDocument(document(product));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Product product) {
        Document doc = new Document();
        doc.add(new StringField("sku", product.sku, Field.Store.YES));
        Map<String, String> texts = Map.of("name", product.nameJa, "nameEn", product.nameEn,
                "tags", String.join(" ", product.tags), "category", product.category.nameJa + " " + product.category.nameEn,
                "description", product.descriptionJa + " " + product.descriptionEn);
        texts.forEach((field, text) -> {
            doc.add(new TextField(field + ".w", text, Field.Store.NO));
            doc.add(new TextField(field + ".g", text, Field.Store.NO));
        });
        return doc;
    }
}
