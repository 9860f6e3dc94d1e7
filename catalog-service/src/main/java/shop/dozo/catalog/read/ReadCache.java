package shop.dozo.catalog.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.function.Function;
import shop.dozo.catalog.search.CatalogChanged;
import shop.dozo.catalog.stock.StockMoved;

/**
 * The answers every shopper reads alike (one published product, a search), kept as JSON bytes for
 * {@code dozo.catalog.read-cache.ttl} (1 s) and served straight from the HTTP event loop: a hit costs no worker
 * thread, no transaction and no serialisation, which is what lets one product answer at the rate of a static file.
 *
 * <p>Why it stays right: a change committed on this replica (a product or category edit, a stock movement) empties it
 * at once; other replicas' changes and archive imports show within the TTL. The stock in these answers is what a
 * shopper is shown, never what is sold: a reservation decides that against the database.
 * Only 200 answers are kept, so a missing product is asked afresh every time.
 *
 * <p>Why not quarkus-cache: its annotations cache the Java value behind the JAX-RS method, so a hit still goes
 * through a worker thread and Jackson; what is kept here is the finished answer.
 */
@ApplicationScoped
public class ReadCache {
    /** Before RESTEasy's routes; a miss goes on to them, and the resource keeps its answer here. */
    private static final int ORDER = -20;

    @Inject
    ObjectMapper json;

    private final Cache<String, byte[]> answers;

    @Inject
    public ReadCache(ReadCacheConfig config) {
        answers = Caffeine.newBuilder().expireAfterWrite(config.ttl()).maximumWeight(config.maxBytes())
                .<String, byte[]>weigher((key, body) -> key.length() + body.length).build();
    }

    void serveHits(@Observes Router router) {
        router.get("/api/products/:skuOrSlug").order(ORDER)
                .handler(context -> serve(context, ReadCache::productKey));
        router.get("/api/search").order(ORDER).handler(context -> serve(context, ReadCache::searchKey));
    }

    private void serve(RoutingContext context, Function<RoutingContext, String> key) {
        String name = key.apply(context);
        byte[] body = name == null ? null : answers.getIfPresent(name);
        if (body == null) {
            context.next();
            return;
        }
        context.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                .end(Buffer.buffer(body));
    }

    /** Keeps the answer for this product address (its SKU or slug, as asked) and returns it unchanged. */
    public <T> T keepProduct(String skuOrSlug, T answer) {
        return keep("product:" + skuOrSlug, answer);
    }

    /** Keeps the answer to this search (the query exactly as sent, and the limit) and returns it unchanged. */
    public <T> T keepSearch(String query, int limit, T answer) {
        return keep(searchKey(query, Integer.toString(limit)), answer);
    }

    private <T> T keep(String key, T answer) {
        try {
            answers.put(key, json.writeValueAsBytes(answer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A catalogue answer that cannot be written as JSON: " + key, e);
        }
        return answer;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        answers.invalidateAll();
    }

    /** Every answer may show the stock of the SKU (a product by its slug, a search), so all of them go. */
    void moved(@Observes(during = TransactionPhase.AFTER_SUCCESS) StockMoved movement) {
        answers.invalidateAll();
    }

    private static String productKey(RoutingContext context) {
        return "product:" + context.pathParam("skuOrSlug");
    }

    /** Only the plain form the resource answers (q, and limit as digits); anything else is left to it. */
    private static String searchKey(RoutingContext context) {
        var params = context.queryParams();
        if (params.size() > 2 || params.getAll("q").size() != 1 || params.getAll("limit").size() > 1) {
            return null;
        }
        String limit = params.get("limit");
        return searchKey(params.get("q"), limit == null ? "24" : limit);
    }

    private static String searchKey(String query, String limit) {
        return "search:" + limit + ":" + query;
    }
}
