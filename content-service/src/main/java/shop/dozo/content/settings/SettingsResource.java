package shop.dozo.content.settings;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Shop name, tagline, menu, footer and which page is the legal notice, for the storefront. */
@Path("/api/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class SettingsResource {
    @Inject
    SettingsService settings;

    @GET
    @Operation(summary = "The shop settings for the storefront (empty texts before the first save)")
    public SettingsView.PublicSettings publicSettings() {
        return settings.current().publicView();
    }
}
