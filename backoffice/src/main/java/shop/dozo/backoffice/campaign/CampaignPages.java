package shop.dozo.backoffice.campaign;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.backoffice.upstream.CampaignsClient;
import shop.dozo.backoffice.web.FormErrors;
import shop.dozo.backoffice.web.Language;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/** Points campaigns: the list (newest first), a new one, and ending one now. The rules are cart-service's. */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
public class CampaignPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaigns(List<CampaignView> campaigns, CampaignForm form, FormErrors errors,
                String notice, String refusal);
    }

    /** A campaign with where it stands now: upcoming, running or ended. */
    public record CampaignView(CampaignsClient.Campaign campaign, String state) {
        static CampaignView of(CampaignsClient.Campaign campaign, Instant now) {
            String state = campaign.startsAt().isAfter(now) ? "upcoming"
                    : campaign.endsAt().isAfter(now) ? "running" : "ended";
            return new CampaignView(campaign, state);
        }
    }

    @Inject
    @RestClient
    CampaignsClient campaigns;

    @Inject
    Language lang;

    @GET
    public TemplateInstance list(@QueryParam("notice") String notice) {
        return page(CampaignForm.startingNow(Instant.now()), FormErrors.NONE, notice, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        CampaignForm typed = CampaignForm.read(form);
        FormErrors unreadable = unreadable(typed);
        if (unreadable.any()) {
            return Response.status(400).entity(page(typed, unreadable, null, null)).build();
        }
        try {
            campaigns.create(typed.toRequest());
            return Redirects.seeOther("/campaigns?notice=created").build();
        } catch (UpstreamProblem refused) {
            if (refused.status() != 400 && refused.status() != 409 && refused.status() != 422) {
                throw refused;
            }
            FormErrors errors = FormErrors.of(refused.problem(), lang.isEnglish(), Map.of("pointsMultiplier",
                    "multiplier"));
            return Response.status(refused.status()).entity(page(typed, errors, null, null)).build();
        }
    }

    @POST
    @Path("/{code}/end")
    public Response end(@PathParam("code") String code) {
        try {
            campaigns.end(code);
            return Redirects.seeOther("/campaigns?notice=ended").build();
        } catch (UpstreamProblem refused) {
            if (refused.status() != 409) {
                throw refused;
            }
            String detail = refused.problem().detail();
            return Response.status(409).entity(page(CampaignForm.startingNow(Instant.now()), FormErrors.NONE, null,
                    lang.isEnglish() ? detail : "終了できませんでした（" + detail + "）")).build();
        }
    }

    private TemplateInstance page(CampaignForm form, FormErrors errors, String notice, String refusal) {
        Instant now = Instant.now();
        List<CampaignView> views = campaigns.all().stream()
                .sorted(Comparator.comparing(CampaignsClient.Campaign::startsAt).reversed())
                .map(campaign -> CampaignView.of(campaign, now)).toList();
        return Templates.campaigns(views, form, errors, notice, refusal);
    }

    /** Only what cannot be sent at all: a multiplier that is no number, a time that is no time (the first one). */
    private FormErrors unreadable(CampaignForm typed) {
        boolean en = lang.isEnglish();
        if (typed.multiplierNumber() == null) {
            return FormErrors.field("multiplier", en ? "Enter a whole number, e.g. 10." : "整数で入力してください（例: 10）。");
        }
        String time = en ? "Enter a date and time." : "日付と時刻を入力してください。";
        if (CampaignForm.time(typed.startsAt()) == null) {
            return FormErrors.field("startsAt", time);
        }
        return CampaignForm.time(typed.endsAt()) == null ? FormErrors.field("endsAt", time) : FormErrors.NONE;
    }
}
