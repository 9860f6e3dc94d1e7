package shop.dozo.catalog.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shop.dozo.catalog.category.Category;
import shop.dozo.catalog.stock.StockLedger;
import shop.dozo.support.Problem;
import shop.dozo.support.ProblemException;

@ApplicationScoped
public class ProductService {

    @Inject
    EntityManager em;

    @Inject
    StockLedger stock;

    /** Published products of a category and its subcategories (or all), in the shopper's chosen order. */
    public Page<ProductView> listPublished(List<Long> categoryIds, ProductSort sort, int page, int size) {
        String where = "from Product p join p.category c where p.status = :published"
                + (categoryIds == null ? "" : " and c.id in :categories");
        var query = em.createQuery("select p " + where + " order by " + sort.orderBy, Product.class)
                .setParameter("published", ProductStatus.PUBLISHED);
        var count = em.createQuery("select count(p) " + where, Long.class)
                .setParameter("published", ProductStatus.PUBLISHED);
        if (categoryIds != null) {
            query.setParameter("categories", categoryIds);
            count.setParameter("categories", categoryIds);
        }
        List<Product> products = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(views(products), count.getSingleResult(), page, size);
    }

    public List<ProductView> views(List<Product> products) {
        Map<String, Integer> available = stock.available(products.stream().map(product -> product.sku).toList());
        return products.stream().map(product -> ProductView.of(product, available.get(product.sku))).toList();
    }

    public ProductView view(Product product) {
        return ProductView.of(product, stock.available(product.sku));
    }

    public List<Product> publishedBySkus(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return Product.list("sku in ?1 and status = ?2 order by sku", skus, ProductStatus.PUBLISHED);
    }

    public Product published(String skuOrSlug) {
        return Product.<Product>find("(sku = ?1 or slug = ?1) and status = ?2", skuOrSlug, ProductStatus.PUBLISHED)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No product '" + skuOrSlug + "'."));
    }

    public Product any(String sku) {
        return Product.findBySku(sku).orElseThrow(() -> ProblemException.notFound("No product with SKU '" + sku + "'."));
    }

    @Transactional
    public Product create(ProductRequest request, String actor) {
        requireTaxRate(request.taxRate());
        if (Product.findBySku(request.sku()).isPresent()) {
            throw ProblemException.conflict("A product with SKU '" + request.sku() + "' already exists.");
        }
        String slug = request.slug() != null ? request.slug() : request.sku().toLowerCase(Locale.ROOT);
        if (Product.count("slug", slug) > 0) {
            throw ProblemException.conflict("A product with slug '" + slug + "' already exists.");
        }
        Product product = new Product();
        product.sku = request.sku();
        product.slug = slug;
        apply(product, request);
        product.status = "draft".equals(request.status()) ? ProductStatus.DRAFT : ProductStatus.PUBLISHED;
        product.persist();
        em.flush();
        stock.open(product.sku, request.stock() == null ? 0 : request.stock(), actor);
        return product;
    }

    /** Saves staff edits only on top of the version they saw; otherwise 409 with the current product. */
    @Transactional
    public Product update(String sku, ProductRequest request) {
        requireTaxRate(request.taxRate());
        if (request.version() == null) {
            throw ProblemException.badRequest("version", "send the version you edited, so no one's change is overwritten");
        }
        if (!sku.equals(request.sku())) {
            throw ProblemException.badRequest("sku", "the SKU of a product cannot change");
        }
        Product product = any(sku);
        if (product.version != request.version()) {
            throw new ProblemException(Problem.of(409, "Conflict", "Someone else changed this product since you "
                    + "loaded it (version " + request.version() + ", now " + product.version + "). Merge and save again.")
                    .withCurrent(view(product)));
        }
        if (request.slug() != null && !request.slug().equals(product.slug)) {
            if (Product.count("slug", request.slug()) > 0) {
                throw ProblemException.conflict("A product with slug '" + request.slug() + "' already exists.");
            }
            product.slug = request.slug();
        }
        apply(product, request);
        return product;
    }

    @Transactional
    public Product setStatus(String sku, ProductStatus status) {
        Product product = any(sku);
        product.status = status;
        return product;
    }

    private void apply(Product product, ProductRequest request) {
        product.category = Category.findBySlug(request.category()).filter(category -> !category.archived)
                .orElseThrow(() -> ProblemException.badRequest("category", "no category with this slug"));
        product.nameJa = request.name();
        product.nameEn = orEmpty(request.nameEn());
        product.descriptionJa = orEmpty(request.description());
        product.descriptionEn = orEmpty(request.descriptionEn());
        product.priceYen = request.priceYen();
        product.taxRate = request.taxRate();
        product.cool = Boolean.TRUE.equals(request.cool());
        product.recommended = Boolean.TRUE.equals(request.recommended());
        product.tags.clear();
        product.tags.addAll(request.tags() == null ? List.of() : request.tags());
        product.imageIds.clear();
        product.imageIds.addAll(request.imageIds() == null ? List.of() : request.imageIds());
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
