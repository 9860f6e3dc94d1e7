package shop.dozo.catalog.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import shop.dozo.catalog.CatalogProblems;
import shop.dozo.catalog.search.CatalogChanged;
import shop.dozo.support.ProblemException;

/**
 * Staff changes to the category tree; each is one transaction, so a refused change leaves nothing behind. Nothing
 * is deleted: a category leaves the shop by being archived.
 */
@ApplicationScoped
public class CategoryService {

    @Inject
    CategoryTree tree;

    @Inject
    EntityManager em;

    @Inject
    Event<CatalogChanged> changed;

    /** Every category, archived ones included, so staff can find and restore them. */
    @Transactional
    public List<CategoryView> all() {
        return Category.<Category>find("order by id").stream().map(CategoryView::of).toList();
    }

    @Transactional
    public CategoryView create(CategoryRequest request) {
        if (Category.findBySlug(request.slug()).isPresent()) {
            throw CatalogProblems.taken("slug", request.slug());
        }
        Category category = new Category();
        category.slug = request.slug();
        apply(category, request);
        try {
            category.persist();
            em.flush();
        } catch (PersistenceException e) {
            // Two staff saving the same slug at once: the unique key decides, the loser gets the same 409.
            throw CatalogProblems.isDuplicate(e, "uk_category_slug") ? CatalogProblems.taken("slug", request.slug())
                    : e;
        }
        return CategoryView.of(category);
    }

    /**
     * Saves staff edits only on top of the version they saw; otherwise 409 with the current category. The row is
     * locked first, so two edits of the same version cannot both pass the check.
     */
    @Transactional
    public CategoryView update(String slug, CategoryRequest request) {
        if (request.version() == null) {
            throw ProblemException.badRequest("version",
                    "send the version you edited, so no one's change is overwritten");
        }
        Category category = locked(slug);
        if (request.version() != category.version) {
            throw CatalogProblems.stale("category", request.version(), CategoryView.of(category), category.version);
        }
        if (!slug.equals(request.slug())) {
            throw ProblemException.badRequest("slug", "the slug of a category cannot change");
        }
        apply(category, request);
        return saved(category);
    }

    /** Takes a category out of the shop, once nothing in the shop sits in it any more. */
    @Transactional
    public CategoryView archive(String slug) {
        Category category = locked(slug);
        if (Category.count("parent = ?1 and archived = false", category) > 0) {
            throw ProblemException.conflict("Archive or move the subcategories of '" + slug + "' first.");
        }
        long published = em.createQuery("select count(p) from Product p where p.category = :category "
                + "and p.status = shop.dozo.catalog.product.ProductStatus.PUBLISHED", Long.class)
                .setParameter("category", category).getSingleResult();
        if (published > 0) {
            throw ProblemException.conflict("Archive or move the " + published + " published products of '" + slug
                    + "' first, so no product page is left without its category.");
        }
        category.archived = true;
        return saved(category);
    }

    /** Brings an archived category back (its parent must be in the shop). */
    @Transactional
    public CategoryView publish(String slug) {
        Category category = locked(slug);
        if (category.parent != null && category.parent.archived) {
            throw CatalogProblems.conflict("parent", "is archived",
                    "Restore the parent category '" + category.parent.slug + "' first.");
        }
        category.archived = false;
        return saved(category);
    }

    private CategoryView saved(Category category) {
        em.flush();
        changed.fire(new CatalogChanged(category.slug));
        return CategoryView.of(category);
    }

    private Category locked(String slug) {
        return Category.<Category>find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("No category '" + slug + "'."));
    }

    private void apply(Category category, CategoryRequest request) {
        category.nameJa = request.name();
        category.nameEn = request.nameEn();
        category.sortOrder = request.sort() == null ? 0 : request.sort();
        category.parent = null;
        if (request.parent() != null) {
            Category parent = Category.findBySlug(request.parent()).filter(found -> !found.archived)
                    .orElseThrow(() -> ProblemException.badRequest("parent", "no category with this slug"));
            if (category.id != null && tree.wouldLoop(category, parent)) {
                throw ProblemException.badRequest("parent", "a category cannot sit below itself");
            }
            category.parent = parent;
        }
    }
}
