package shop.dozo.backoffice.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.UpstreamErrors;

/** content-service's sign-in: a staff token for the email and password (and TOTP code, when the account has one). */
@RegisterRestClient(configKey = "content")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api/auth/token")
@Consumes(MediaType.APPLICATION_JSON)
public interface AuthClient {

    record Credentials(String email, String password, String code) {
    }

    record Token(String accessToken, String tokenType, long expiresIn) {
    }

    @POST
    Token token(Credentials credentials);
}
