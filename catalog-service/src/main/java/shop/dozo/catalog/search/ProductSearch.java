package shop.dozo.catalog.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import shop.dozo.catalog.product.Product;
import shop.dozo.catalog.product.ProductStatus;

/**
 * Keeps this replica's in-memory {@link ProductIndex} in step with the database.
 *
 * <p>Why in memory: a small shop has tens to a few thousand products, so a rebuild takes milliseconds, and an index
 * that lives beside each replica needs no shared disk and no extra server. Why it stays right on every replica:
 * <ul>
 * <li>a change committed on this replica is counted, and the next search waits for an index built after it (a
 * rebuild already under way may have read the database before that commit, so it does not count);</li>
 * <li>every few seconds ({@code dozo.search.poll}, 3s) each replica reads a cheap signature of the searchable
 * tables (row counts, newest timestamps, sums of versions) and rebuilds when it moved: that catches edits made on
 * other replicas (Hibernate bumps a product's version on every change, tags included) and archive imports that
 * bring back other rows or versions. A hand-edited archive line that keeps id, version and timestamps is only
 * picked up by the next local change or restart.</li>
 * </ul>
 * Searches never wait for the database unless the index is missing or known to be stale.
 */
@ApplicationScoped
public class ProductSearch {
    private static final Logger LOG = Logger.getLogger(ProductSearch.class);
    private static final String SIGNATURE = "SELECT "
            + "(SELECT CONCAT_WS('/', COUNT(*), MAX(updated_at), SUM(version)) FROM product), "
            + "(SELECT CONCAT_WS('/', COUNT(*), MAX(updated_at), SUM(version)) FROM category), "
            + "(SELECT COUNT(*) FROM product_tag)";

    @Inject
    EntityManager em;

    /** Changes committed on this replica so far, and how many of them the current index has seen. */
    private final AtomicLong committedChanges = new AtomicLong();
    private volatile long indexedChanges = -1;
    private volatile ProductIndex index;
    private String indexedSignature = "";

    /** SKUs of the published products that match every word of the query, best first. */
    public List<String> search(String text, int limit) {
        if (indexedChanges < committedChanges.get()) {
            refresh(true);
        }
        return index.search(text, limit);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        committedChanges.incrementAndGet();
    }

    @Scheduled(every = "${dozo.search.poll:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            refresh(false);
        } catch (RuntimeException e) {
            // The database is away for a moment: keep serving the index we have and look again next time.
            LOG.warnf("Search index not refreshed: %s", e.getMessage());
        }
    }

    private synchronized void refresh(boolean onlyIfBehind) {
        // Counted before the database is read: every change counted so far is committed, so this read sees it.
        long changes = committedChanges.get();
        boolean behind = changes > indexedChanges;
        if (onlyIfBehind && !behind) {
            return; // another search rebuilt the index for these changes while this one waited
        }
        QuarkusTransaction.requiringNew().run(() -> {
            // Signature first, then the products: the index is never older than the signature it is filed under.
            String signature = String.valueOf(List.of((Object[]) em.createNativeQuery(SIGNATURE).getSingleResult()));
            if (behind || !signature.equals(indexedSignature)) {
                index = ProductIndex.of(published());
                indexedSignature = signature;
            }
        });
        indexedChanges = changes;
    }

    private List<IndexedProduct> published() {
        // One query for products, categories and tags: a rebuild must not cost a query per product.
        return em.createQuery("select distinct p from Product p join fetch p.category left join fetch p.tags "
                + "where p.status = :published", Product.class)
                .setParameter("published", ProductStatus.PUBLISHED).getResultStream()
                .map(product -> new IndexedProduct(product.sku, product.nameJa, product.nameEn,
                        List.copyOf(product.tags),
                        product.category.nameJa + " " + product.category.nameEn,
                        product.descriptionJa + " " + product.descriptionEn))
                .toList();
    }
}
