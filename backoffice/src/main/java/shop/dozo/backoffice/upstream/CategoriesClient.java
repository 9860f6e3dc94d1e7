package shop.dozo.backoffice.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

    /** The categories in the shop (not archived), in their order. */
    @GET
    @Path("/categories")
    List<Category> active();
}
