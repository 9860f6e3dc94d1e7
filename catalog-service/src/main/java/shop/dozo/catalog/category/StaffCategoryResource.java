package shop.dozo.catalog.category;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

/** Staff manage the category tree. Nothing is deleted: a category leaves the shop by being archived. */
@Path("/api/staff/categories")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffCategoryResource {

    @Inject
    CategoryService categories;

    /** Every category, archived ones included, so staff can find and restore them. */
    @GET
    public List<CategoryView> list() {
        return categories.all();
    }

    @POST
    public Response create(@Valid @NotNull CategoryRequest request) {
        CategoryView created = categories.create(request);
        return Response.created(URI.create("/api/categories/" + created.slug())).entity(created).build();
    }

    @PUT
    @Path("/{slug}")
    public CategoryView update(@PathParam("slug") String slug, @Valid @NotNull CategoryRequest request) {
        return categories.update(slug, request);
    }

    @POST
    @Path("/{slug}/archive")
    public CategoryView archive(@PathParam("slug") String slug) {
        return categories.archive(slug);
    }

    /** Brings an archived category back (its parent must be in the shop). */
    @POST
    @Path("/{slug}/publish")
    public CategoryView publish(@PathParam("slug") String slug) {
        return categories.publish(slug);
    }
}
