package shop.dozo.catalog.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import shop.dozo.catalog.stock.StockLedger;
import shop.dozo.support.ProblemException;

/** Reads products and turns them into views with their available stock. */
@ApplicationScoped
public class ProductFinder {

    @Inject
    EntityManager em;

    @Inject
    StockLedger stock;

    /** Published products of these categories (or all), in the shopper's chosen order. */
    public Page<ProductView> listPublished(List<Long> categoryIds, ProductSort sort, int page, int size) {
        return list(ProductStatus.PUBLISHED, categoryIds, sort.orderBy, page, size);
    }

    /** Staff see every product, drafts and archived ones too, oldest first. */
    public Page<ProductView> listAll(ProductStatus status, int page, int size) {
        return list(status, null, "p.id", page, size);
    }

    private Page<ProductView> list(ProductStatus status, List<Long> categoryIds, String orderBy, int page, int size) {
        String where = "from Product p join p.category c where (:status is null or p.status = :status)"
                + (categoryIds == null ? "" : " and c.id in :categories");
        var query = em.createQuery("select p " + where + " order by " + orderBy, Product.class)
                .setParameter("status", status);
        var count = em.createQuery("select count(p) " + where, Long.class).setParameter("status", status);
        if (categoryIds != null) {
            query.setParameter("categories", categoryIds);
            count.setParameter("categories", categoryIds);
        }
        List<Product> products = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(views(products), count.getSingleResult(), page, size);
    }

    public List<ProductView> recommended(int limit) {
        return views(Product.<Product>find("recommended = true and status = ?1 order by id", ProductStatus.PUBLISHED)
                .page(0, limit).list());
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
        return Product.findBySku(sku)
                .orElseThrow(() -> ProblemException.notFound("No product with SKU '" + sku + "'."));
    }
}
