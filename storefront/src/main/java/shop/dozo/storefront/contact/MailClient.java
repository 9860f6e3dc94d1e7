package shop.dozo.storefront.contact;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.api.DozoHeaders;
import shop.dozo.web.upstream.RelayedAddressHeaders;
import shop.dozo.web.upstream.UpstreamErrors;

/**
 * cart-service's contact form and newsletter (double opt-in, each step recorded with its time and wording). The
 * shopper's address is relayed: the contact form is throttled per shopper.
 */
@RegisterRestClient(configKey = "cart")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(RelayedAddressHeaders.class)
@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
@Timeout(5000)
public interface MailClient {

    @POST
    @Path("/contact")
    void contact(@HeaderParam(DozoHeaders.IDEMPOTENCY_KEY) String idempotencyKey, Map<String, String> message);

    @POST
    @Path("/newsletter")
    void subscribe(Map<String, String> emailWordingLang);

    @POST
    @Path("/newsletter/confirm")
    void confirm(Map<String, String> token);

    @POST
    @Path("/newsletter/unsubscribe")
    void unsubscribe(Map<String, String> token);
}
