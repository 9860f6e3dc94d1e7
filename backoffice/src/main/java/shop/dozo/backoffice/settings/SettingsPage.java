package shop.dozo.backoffice.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.backoffice.upstream.SettingsClient;
import shop.dozo.backoffice.web.FormErrors;
import shop.dozo.backoffice.web.Formats;
import shop.dozo.backoffice.web.Language;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * The shop settings (owner only, see SessionFilter): names, tagline, the menu, the footer, the legal notice page
 * and the invoice registration number. content-service checks every field; a stale save shows what changed.
 */
@Path("/settings")
@Produces(MediaType.TEXT_HTML)
public class SettingsPage {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(SettingsForm form, int blankRows, FormErrors errors,
                SettingsConflict conflict, boolean saved);
    }

    @Inject
    @RestClient
    SettingsClient settings;

    @Inject
    Language lang;

    @GET
    public TemplateInstance page(@QueryParam("notice") String notice) {
        return Templates.settings(SettingsForm.of(settings.staffView()), 1, FormErrors.NONE, null, notice != null);
    }

    /** Saves; the "add a row" button shows the form again with one more empty row, saving nothing. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(MultivaluedMap<String, String> form) {
        SettingsForm typed = SettingsForm.read(form);
        if (form.getFirst("addRow") != null) {
            int blankRows = Math.min(form.getOrDefault("navLabel", List.of()).size() - typed.navigation().size() + 1,
                    20);
            return Response.ok(Templates.settings(typed, blankRows, FormErrors.NONE, null, false)).build();
        }
        try {
            settings.save(typed.toRequest());
            return Redirects.seeOther("/settings?notice=saved").build();
        } catch (UpstreamProblem refused) {
            if (refused.status() == 409 && refused.problem().current() != null) {
                SettingsClient.Settings current =
                        JSON.convertValue(refused.problem().current(), SettingsClient.Settings.class);
                SettingsConflict conflict = SettingsConflict.between(typed, SettingsForm.of(current),
                        current.updatedBy(), current.updatedAt() == null ? "" : Formats.jst(current.updatedAt()));
                // The form keeps what they typed; saving it again knowingly replaces the newer settings.
                return Response.status(409).entity(Templates.settings(typed.withVersion(current.version()), 1,
                        FormErrors.NONE, conflict, false)).build();
            }
            if (refused.status() != 400 && refused.status() != 409 && refused.status() != 422) {
                throw refused;
            }
            FormErrors errors = FormErrors.of(refused.problem(), lang.isEnglish(), SettingsForm.fieldNames());
            return Response.status(refused.status()).entity(Templates.settings(typed, 1, errors, null, false))
                    .build();
        }
    }
}
