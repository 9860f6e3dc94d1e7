package shop.dozo.backoffice.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.UpstreamErrors;

/** catalog-service's categories. */
@RegisterRestClient(configKey = "catalog")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
public interface CategoriesClient {

    record Category(String slug, String name, String nameEn, String parent, int sortOrder, boolean archived,
            long version) {
    }

    /** What a create or an edit sends; {@code version} is the one edited (null when creating). */
    record CategoryRequest(String slug, String name, String nameEn, String parent, Integer sort, Long version) {
    }

    /** The categories in the shop (not archived), in their order. */
    @GET
    @Path("/categories")
    List<Category> active();

    /** Every category, archived ones included. */
    @GET
    @Path("/staff/categories")
    List<Category> all();

    @POST
    @Path("/staff/categories")
    Category create(CategoryRequest request);

    @PUT
    @Path("/staff/categories/{slug}")
    Category update(@PathParam("slug") String slug, CategoryRequest request);

    @POST
    @Path("/staff/categories/{slug}/archive")
    Category archive(@PathParam("slug") String slug);

    /** Brings an archived category back. */
    @POST
    @Path("/staff/categories/{slug}/publish")
    Category restore(@PathParam("slug") String slug);
}
