package shop.dozo.catalog.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import shop.dozo.catalog.CatalogProblems;
import shop.dozo.catalog.category.Category;
import shop.dozo.catalog.search.CatalogChanged;
import shop.dozo.catalog.stock.StockLedger;
import shop.dozo.support.ProblemException;

/** Staff changes to products; each is one transaction, so a refused change leaves nothing behind. */
@ApplicationScoped
public class ProductService {

    @Inject
    EntityManager em;

    @Inject
    StockLedger stock;

    @Inject
    ProductFinder finder;

    @Inject
    Event<CatalogChanged> changed;

    /** A new product with its initial stock (written to the ledger as "initial"). */
    @Transactional
    public ProductView create(ProductRequest request, String actor) {
        requireTaxRate(request.taxRate());
        if (Product.findBySku(request.sku()).isPresent()) {
            throw CatalogProblems.taken("sku", request.sku());
        }
        String slug = request.slug() != null ? request.slug() : request.sku().toLowerCase(Locale.ROOT);
        if (Product.count("slug", slug) > 0) {
            throw CatalogProblems.taken("slug", slug);
        }
        Product product = new Product();
        product.sku = request.sku();
        product.slug = slug;
        apply(product, request);
        product.status = ProductStatus.of(request.status()).orElse(ProductStatus.PUBLISHED);
        try {
            product.persist();
            em.flush();
        } catch (PersistenceException e) {
            // Two staff saving the same SKU at once: the unique keys decide, the loser gets the same 409.
            throw duplicate(e, request.sku(), slug);
        }
        stock.open(product.sku, request.stock() == null ? 0 : request.stock(), actor);
        changed.fire(new CatalogChanged(product.sku));
        return finder.view(product);
    }

    /**
     * Saves staff edits only on top of the version they saw; otherwise 409 with the current product. The row is
     * locked first, so two edits of the same version cannot both pass the check.
     */
    @Transactional
    public ProductView update(String sku, ProductRequest request) {
        requireTaxRate(request.taxRate());
        if (request.version() == null) {
            throw ProblemException.badRequest("version",
                    "send the version you edited, so no one's change is overwritten");
        }
        if (!sku.equals(request.sku())) {
            throw ProblemException.badRequest("sku", "the SKU of a product cannot change");
        }
        Product product = locked(sku);
        if (product.version != request.version()) {
            throw CatalogProblems.stale("product", request.version(), finder.view(product), product.version);
        }
        if (request.slug() != null && !request.slug().equals(product.slug)) {
            if (Product.count("slug", request.slug()) > 0) {
                throw CatalogProblems.taken("slug", request.slug());
            }
            product.slug = request.slug();
        }
        apply(product, request);
        ProductStatus.of(request.status()).ifPresent(status -> setStatus(product, status));
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw duplicate(e, sku, request.slug());
        }
        changed.fire(new CatalogChanged(sku));
        return finder.view(product);
    }

    @Transactional
    public ProductView setStatus(String sku, ProductStatus status) {
        Product product = locked(sku);
        setStatus(product, status);
        em.flush();
        changed.fire(new CatalogChanged(sku));
        return finder.view(product);
    }

    private void setStatus(Product product, ProductStatus status) {
        if (status == ProductStatus.PUBLISHED && product.category.archived) {
            throw CatalogProblems.conflict("category", "is archived",
                    "Product '" + product.sku + "' sits in the archived category '" + product.category.slug
                            + "': move it to another category or restore the category first.");
        }
        product.status = status;
    }

    private Product locked(String sku) {
        return Product.<Product>find("sku", sku).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No product with SKU '" + sku + "'."));
    }

    private void apply(Product product, ProductRequest request) {
        Category category = Category.findBySlug(request.category()).orElse(null);
        boolean unchanged = category != null && product.category != null && category.id.equals(product.category.id);
        if (category == null || (category.archived && !unchanged)) {
            throw ProblemException.badRequest("category", "no category with this slug");
        }
        product.category = category;
        product.nameJa = request.name();
        product.nameEn = orEmpty(request.nameEn());
        product.descriptionJa = orEmpty(request.description());
        product.descriptionEn = orEmpty(request.descriptionEn());
        product.priceYen = request.priceYen();
        product.taxRate = request.taxRate();
        product.cool = Boolean.TRUE.equals(request.cool());
        product.recommended = Boolean.TRUE.equals(request.recommended());
        replace(product.tags, request.tags());
        replace(product.imageIds, request.imageIds());
    }

    /** Only touches the collection when it really changed, so an unchanged save does not rewrite its rows. */
    private static void replace(List<String> current, List<String> wanted) {
        List<String> next = wanted == null ? List.of() : wanted;
        if (!current.equals(next)) {
            current.clear();
            current.addAll(next);
        }
    }

    private static RuntimeException duplicate(PersistenceException e, String sku, String slug) {
        if (CatalogProblems.isDuplicate(e, "uk_product_sku")) {
            return CatalogProblems.taken("sku", sku);
        }
        if (CatalogProblems.isDuplicate(e, "uk_product_slug")) {
            return CatalogProblems.taken("slug", slug);
        }
        return e;
    }

    private static void requireTaxRate(int taxRate) {
        if (taxRate != 8 && taxRate != 10) {
            throw ProblemException.badRequest("taxRate", "must be 8 (reduced rate for food) or 10 (standard)");
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
