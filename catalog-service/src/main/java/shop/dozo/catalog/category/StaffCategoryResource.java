package shop.dozo.catalog.category;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import shop.dozo.catalog.CatalogProblems;
import shop.dozo.catalog.search.CatalogChanged;
import shop.dozo.support.ProblemException;

/** Staff manage the category tree. Nothing is deleted: a category leaves the shop by being archived. */
@Path("/api/staff/categories")
@RolesAllowed("staff")
@Transactional
@Produces(MediaType.APPLICATION_JSON)
public class StaffCategoryResource {

    @Inject
    CategoryTree tree;

    @Inject
    EntityManager em;

    @Inject
    Event<CatalogChanged> changed;

    /** Every category, archived ones included, so staff can find and restore them. */
    @GET
    public List<CategoryView> list() {
        return Category.<Category>find("order by id").stream().map(CategoryView::of).toList();
    }

    @POST
    public Response create(@Valid @NotNull CategoryRequest request) {
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
            throw CatalogProblems.isDuplicate(e, "uk_category_slug") ? CatalogProblems.taken("slug", request.slug()) : e;
        }
        return Response.created(URI.create("/api/categories/" + category.slug)).entity(CategoryView.of(category)).build();
    }

    @PUT
    @Path("/{slug}")
    public CategoryView update(@PathParam("slug") String slug, @Valid @NotNull CategoryRequest request) {
        if (request.version() == null) {
            throw ProblemException.badRequest("version", "send the version you edited, so no one's change is overwritten");
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

    @POST
    @Path("/{slug}/archive")
    public CategoryView archive(@PathParam("slug") String slug) {
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
    @POST
    @Path("/{slug}/publish")
    public CategoryView publish(@PathParam("slug") String slug) {
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
