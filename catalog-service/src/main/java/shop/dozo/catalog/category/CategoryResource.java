package shop.dozo.catalog.category;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    CategoryTree tree;

    @GET
    public List<CategoryView> list() {
        return Category.<Category>find("archived = false order by sortOrder, slug").stream()
                .map(CategoryView::of).toList();
    }

    @GET
    @Path("/{slug}")
    public CategoryView.Detail one(@PathParam("slug") String slug) {
        Category category = tree.active(slug);
        return new CategoryView.Detail(CategoryView.of(category), tree.breadcrumbs(category), tree.children(category));
    }
}
