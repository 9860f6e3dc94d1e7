package shop.dozo.cart.mail;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** content-service's public shop settings (docs/service-contracts.md): the name and the registration number. */
@RegisterRestClient(configKey = "content")
@Path("/api/settings")
interface SettingsClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PublicSettings(String name, String nameEn, String invoiceRegistrationNumber) {
    }

    @GET
    PublicSettings settings();
}
