package shop.dozo.content.settings;

import static shop.dozo.content.document.ContentApiExamples.SETTINGS;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff read the shop settings; the owner changes them. */
@Path("/api/staff/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings (staff)")
public class StaffSettingsResource {
    @Inject
    SettingsService settings;

    @GET
    @RolesAllowed("staff")
    @Operation(summary = "The settings with their version, to edit")
    public SettingsView staffSettings() {
        return settings.current();
    }

    /** The owner's: the shop's name, menu, legal notice and registration number are what the shop declares. */
    @PUT
    @RolesAllowed("owner")
    @Operation(summary = "Save the settings (owner)",
            description = "`version` is the version edited (0 for the first save); a stale one answers 409 with `current`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "demo shop", value = SETTINGS)))
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "409", description = "Stale version; `current` holds the saved settings")
    public SettingsView save(@Valid @NotNull SettingsRequest request, SecurityContext security) {
        return settings.save(request, security.getUserPrincipal().getName());
    }
}
