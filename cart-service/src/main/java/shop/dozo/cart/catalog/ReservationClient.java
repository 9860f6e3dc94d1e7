package shop.dozo.cart.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.support.InternalApiGuard;

/** catalog-service's stock reservations: service-to-service, with the internal key. Only {@link Stock} calls it. */
@RegisterRestClient(configKey = "catalog")
@Path("/internal/reservations/{id}")
interface ReservationClient {

    record Request(List<Stock.Item> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answer(String reservationId, String status) {
    }

    @PUT
    Answer reserve(@PathParam("id") String id, @HeaderParam(InternalApiGuard.HEADER) String key, Request request);

    @POST
    @Path("/commit")
    Answer commit(@PathParam("id") String id, @HeaderParam(InternalApiGuard.HEADER) String key);

    @POST
    @Path("/return")
    Answer returnCommitted(@PathParam("id") String id, @HeaderParam(InternalApiGuard.HEADER) String key);

    @POST
    @Path("/release")
    Answer release(@PathParam("id") String id, @HeaderParam(InternalApiGuard.HEADER) String key);
}
