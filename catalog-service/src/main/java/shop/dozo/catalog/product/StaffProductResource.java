package shop.dozo.catalog.product;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import shop.dozo.catalog.search.ProductSearch;

/** Staff manage products. Nothing is ever deleted: a product leaves the shop by being archived. */
@Path("/api/staff/products")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
@Transactional
public class StaffProductResource {

    @Inject
    ProductService products;

    @Inject
    ProductSearch search;

    @GET
    @Path("/{sku}")
    public ProductView one(@PathParam("sku") String sku) {
        return products.view(products.any(sku));
    }

    @POST
    public Response create(@Valid @NotNull ProductRequest request, SecurityContext security) {
        ProductView created = products.view(products.create(request, security.getUserPrincipal().getName()));
        search.changed();
        return Response.created(URI.create("/api/products/" + created.sku())).entity(created).build();
    }

    @PUT
    @Path("/{sku}")
    public ProductView update(@PathParam("sku") String sku, @Valid @NotNull ProductRequest request) {
        ProductView updated = products.view(products.update(sku, request));
        search.changed();
        return updated;
    }

    @POST
    @Path("/{sku}/publish")
    public ProductView publish(@PathParam("sku") String sku) {
        return statusChange(sku, ProductStatus.PUBLISHED);
    }

    @POST
    @Path("/{sku}/archive")
    public ProductView archive(@PathParam("sku") String sku) {
        return statusChange(sku, ProductStatus.ARCHIVED);
    }

    private ProductView statusChange(String sku, ProductStatus status) {
        ProductView changed = products.view(products.setStatus(sku, status));
        search.changed();
        return changed;
    }
}
