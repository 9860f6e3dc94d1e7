package shop.dozo.catalog.product;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import shop.dozo.support.ProblemException;

/** Staff manage products. Nothing is ever deleted: a product leaves the shop by being archived. */
@Path("/api/staff/products")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class StaffProductResource {

    @Inject
    ProductService products;

    @Inject
    ProductFinder finder;

    /** Every product, drafts and archived ones included, by id; optionally only one status. */
    @GET
    public Page<ProductView> list(@QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        if (status != null && !status.matches("draft|published|archived")) {
            throw ProblemException.badRequest("status", "draft, published or archived");
        }
        ProductResource.requirePaging(page, size);
        return finder.listAll(ProductStatus.of(status).orElse(null), page, size);
    }

    @GET
    @Path("/{sku}")
    public ProductView one(@PathParam("sku") String sku) {
        return finder.view(finder.any(sku));
    }

    @POST
    public Response create(@Valid @NotNull ProductRequest request, SecurityContext security) {
        ProductView created = products.create(request, security.getUserPrincipal().getName());
        return Response.created(URI.create("/api/products/" + created.sku())).entity(created).build();
    }

    @PUT
    @Path("/{sku}")
    public ProductView update(@PathParam("sku") String sku, @Valid @NotNull ProductRequest request) {
        return products.update(sku, request);
    }

    @POST
    @Path("/{sku}/publish")
    public ProductView publish(@PathParam("sku") String sku) {
        return products.setStatus(sku, ProductStatus.PUBLISHED);
    }

    @POST
    @Path("/{sku}/archive")
    public ProductView archive(@PathParam("sku") String sku) {
        return products.setStatus(sku, ProductStatus.ARCHIVED);
    }
}
