package shop.dozo.catalog.category;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import shop.dozo.support.ProblemException;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @GET
    @Path("/categories")
    public List<CategoryView> list() {
        return Category.<Category>find("archived = false order by sortOrder, slug").stream()
                .map(CategoryView::of).toList();
    }

    @POST
    @Path("/staff/categories")
    @RolesAllowed("staff")
    @Transactional
    public Response create(@Valid @NotNull CategoryRequest request) {
        if (Category.findBySlug(request.slug()).isPresent()) {
            throw ProblemException.conflict("A category with slug '" + request.slug() + "' already exists.");
        }
        Category category = new Category();
        category.slug = request.slug();
        category.nameJa = request.name();
        category.nameEn = request.nameEn();
        category.sortOrder = request.sort() == null ? 0 : request.sort();
        if (request.parent() != null) {
            category.parent = Category.findBySlug(request.parent())
                    .orElseThrow(() -> ProblemException.badRequest("parent", "no category with this slug"));
        }
        category.persist();
        return Response.created(URI.create("/api/categories/" + category.slug)).entity(CategoryView.of(category)).build();
    }
}
