package shop.dozo.catalog.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import shop.dozo.catalog.category.Category;
import shop.dozo.support.ProblemException;

@ApplicationScoped
public class ProductService {

    public List<Product> listPublished() {
        return Product.<Product>find("status = ?1 order by category.sortOrder, id", ProductStatus.PUBLISHED).list();
    }

    public Product publishedBySku(String sku) {
        return Product.findBySku(sku).filter(product -> product.status == ProductStatus.PUBLISHED)
                .orElseThrow(() -> ProblemException.notFound("No product with SKU '" + sku + "'."));
    }

    @Transactional
    public Product create(ProductRequest request) {
        if (request.taxRate() != 8 && request.taxRate() != 10) {
            throw ProblemException.badRequest("taxRate", "must be 8 (reduced rate for food) or 10 (standard)");
        }
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
        product.status = "draft".equals(request.status()) ? ProductStatus.DRAFT : ProductStatus.PUBLISHED;
        product.tags.addAll(request.tags() == null ? List.of() : request.tags());
        product.imageIds.addAll(request.imageIds() == null ? List.of() : request.imageIds());
        product.persist();
        return product;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
