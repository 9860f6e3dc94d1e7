package shop.dozo.catalog.category;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import shop.dozo.support.Problem;
import shop.dozo.support.ProblemException;

@Path("/api/staff/categories")
@RolesAllowed("staff")
@Transactional
@Produces(MediaType.APPLICATION_JSON)
/** Staff manage the category tree. Nothing is deleted: a category leaves the shop by being archived. */
public class StaffCategoryResource {

    @Inject
    CategoryTree tree;

    @POST
    public Response create(@Valid @NotNull CategoryRequest request) {
        if (Category.findBySlug(request.slug()).isPresent()) {
            throw ProblemException.conflict("A category with slug '" + request.slug() + "' already exists.");
        }
        Category category = new Category();
        category.slug = request.slug();
        apply(category, request);
        category.persist();
        return Response.created(URI.create("/api/categories/" + category.slug)).entity(CategoryView.of(category)).build();
    }

    @PUT
    @Path("/{slug}")
    public CategoryView update(@PathParam("slug") String slug, @Valid @NotNull CategoryRequest request) {
        Category category = Category.findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("No category '" + slug + "'."));
        if (request.version() == null || request.version() != category.version) {
            throw new ProblemException(Problem.of(409, "Conflict",
                    "Someone else changed this category since you loaded it. Merge and save again.")
                    .withCurrent(CategoryView.of(category)));
        }
        if (!slug.equals(request.slug())) {
            throw ProblemException.badRequest("slug", "the slug of a category cannot change");
        }
        apply(category, request);
        return CategoryView.of(category);
    }

    @POST
    @Path("/{slug}/archive")
    public CategoryView archive(@PathParam("slug") String slug) {
        Category category = tree.active(slug);
        if (Category.count("parent = ?1 and archived = false", category) > 0) {
            throw ProblemException.conflict("Archive or move the subcategories of '" + slug + "' first.");
        }
        category.archived = true;
        return CategoryView.of(category);
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
