package shop.dozo.backoffice.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.UpstreamErrors;

/** content-service's own-account API: who I am, and my two-step sign-in (TOTP). */
@RegisterRestClient(configKey = "content")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api/staff/accounts/me")
@Consumes(MediaType.APPLICATION_JSON)
public interface TwoStepClient {

    record Me(long id, String email, Set<String> roles, boolean totpEnabled, boolean totpPending) {
    }

    record Enrolment(String secret, String otpauthUri) {
    }

    record Code(String code) {
    }

    @GET
    Me me();

    @POST
    @Path("/totp")
    Enrolment start();

    @POST
    @Path("/totp/confirm")
    Me confirm(Code code);

    @POST
    @Path("/totp/disable")
    Me disable(Code code);
}
