package shop.dozo.review.purchase;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.support.InternalApiGuard;

/** cart-service's internal purchase check (docs/service-contracts.md). */
@RegisterRestClient(configKey = "cart")
@Path("/internal/purchases")
interface CartClient {

    @POST
    @Path("/verify")
    Verdict verify(@HeaderParam(InternalApiGuard.HEADER) String internalKey, Question question);

    record Question(String orderNumber, String email, String sku) {
    }

    record Verdict(Boolean verified) {
    }
}
