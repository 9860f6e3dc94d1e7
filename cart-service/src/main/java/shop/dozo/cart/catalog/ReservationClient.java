package shop.dozo.cart.catalog;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** catalog-service's stock reservations (service-to-service, with the internal key). */
@RegisterRestClient(configKey = "catalog")
@Path("/internal/reservations/{id}")
public interface ReservationClient {
    String KEY = "X-Dozo-Internal-Key";

    record Item(String sku, int quantity) {
    }

    record Request(List<Item> items) {
    }

    @PUT
    Map<String, Object> reserve(@PathParam("id") String id, @HeaderParam(KEY) String key, Request request);

    @POST
    @Path("/commit")
    Map<String, Object> commit(@PathParam("id") String id, @HeaderParam(KEY) String key);

    @POST
    @Path("/release")
    Map<String, Object> release(@PathParam("id") String id, @HeaderParam(KEY) String key);
}
