package shop.dozo.backoffice.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.UpstreamErrors;

/** content-service's shop settings (name, navigation, footer, legal notice, invoice registration number). */
@RegisterRestClient(configKey = "content")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
public interface SettingsClient {

    record NavItem(String label, String labelEn, String href) {
    }

    record Settings(String name, String nameEn, String tagline, String taglineEn, List<NavItem> navigation,
            String footer, String footerEn, String legalNoticeSlug, String invoiceRegistrationNumber, Long version,
            Instant updatedAt, String updatedBy) {
    }

    /** What a save sends: every field, and the version edited (0 for the very first save). */
    record SettingsRequest(String name, String nameEn, String tagline, String taglineEn, List<NavItem> navigation,
            String footer, String footerEn, String legalNoticeSlug, String invoiceRegistrationNumber, Long version) {
    }

    @GET
    @Path("/settings")
    Settings shop();

    @GET
    @Path("/staff/settings")
    Settings staffView();

    @PUT
    @Path("/staff/settings")
    Settings save(SettingsRequest settings);
}
