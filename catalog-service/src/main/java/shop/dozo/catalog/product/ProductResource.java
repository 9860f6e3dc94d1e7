package shop.dozo.catalog.product;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    ProductService products;

    @GET
    @Path("/products")
    public List<ProductView> listPublished() {
        return products.listPublished().stream().map(ProductView::of).toList();
    }

    @GET
    @Path("/products/{sku}")
    public ProductView bySku(@PathParam("sku") String sku) {
        return ProductView.of(products.publishedBySku(sku));
    }

    @POST
    @Path("/staff/products")
    @RolesAllowed("staff")
    public Response create(@Valid @NotNull ProductRequest request) {
        ProductView created = ProductView.of(products.create(request));
        return Response.created(URI.create("/api/products/" + created.sku())).entity(created).build();
    }
}
