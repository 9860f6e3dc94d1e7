package shop.dozo.cart.points;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Instant;
import java.util.List;

@Path("/api/staff/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class StaffCampaignResource {

    @Inject
    Campaigns campaigns;

    @GET
    public List<CampaignView> all() {
        return campaigns.all();
    }

    /** Body {@code {code, name, pointsMultiplier, startsAt, endsAt}}; times with their offset. 409 for a used code. */
    @POST
    public Response create(@Valid @NotNull CampaignRequest request, @Context SecurityContext security) {
        Campaign campaign = campaigns.create(request, security.getUserPrincipal().getName());
        return Response.created(URI.create("/api/staff/campaigns/" + campaign.code)).entity(CampaignView.of(campaign))
                .build();
    }

    /** Ends a campaign now; orders placed from now on no longer get its multiplier. */
    @POST
    @Path("/{code}/end")
    public CampaignView end(@PathParam("code") String code) {
        return CampaignView.of(campaigns.end(code, Instant.now()));
    }
}
